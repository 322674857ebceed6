package vn.vankho.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import vn.vankho.text.Abbreviations;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentTypes;
import vn.vankho.text.VietnameseSyllables;

/**
 * Abbreviations and their expansions as search synonyms, both ways, from index-config/abbreviations.txt:
 * a query word "UBND" also finds "Ủy ban nhân dân", and the words "ủy ban nhân dân" also find "UBND".
 *
 * <p>An abbreviation is one when typed as the table writes it, in capitals ({@link Abbreviations#isKnown}):
 * "ubnd" is read as a word. The way back, from words to abbreviation, leaves out abbreviations that are
 * also syllables ("TU", "HU": "tu" is in every text) and document type codes ("KH" stands in every number
 * "…-KH/…"), which would otherwise match nearly every document.
 */
final class Synonyms {
  /** Expansion words (folded) -> the abbreviations (exact-field terms) that stand for them. */
  private final Map<List<String>, List<String>> abbreviationsByExpansion = new HashMap<>();
  private final Analyzer folded;
  private final int longestExpansion;

  Synonyms(Analyzer folded, Analyzer exact) {
    this.folded = folded;
    int longest = 0;
    for (Map.Entry<String, List<String>> row : Abbreviations.all().entrySet()) {
      String abbreviation = row.getKey();
      if (VietnameseSyllables.isValid(Diacritics.lower(abbreviation))
          || DocumentTypes.canonicalCode(abbreviation).isPresent()) {
        continue;
      }
      List<String> abbreviationTerms = Tokens.terms(exact, abbreviation);
      if (abbreviationTerms.size() != 1) {
        continue; // "V/v" is two tokens, no single term to find
      }
      for (String expansion : row.getValue()) {
        List<String> words = Tokens.terms(folded, expansion);
        abbreviationsByExpansion.computeIfAbsent(words, k -> new ArrayList<>()).add(abbreviationTerms.get(0));
        longest = Math.max(longest, words.size());
      }
    }
    longestExpansion = longest;
  }

  /** A run of query words that spells out abbreviations: how many words, and the abbreviations' terms. */
  record Expansion(int length, List<String> abbreviations) {}

  /** The longest expansion that starts at word {@code from} of {@code foldedWords}, or null. */
  Expansion spelledOutAt(List<String> foldedWords, int from) {
    for (int length = Math.min(longestExpansion, foldedWords.size() - from); length >= 2; length--) {
      List<String> abbreviations = abbreviationsByExpansion.get(foldedWords.subList(from, from + length));
      if (abbreviations != null) {
        return new Expansion(length, abbreviations);
      }
    }
    return null;
  }

  /** The expansions of {@code typed} when it is an abbreviation as written, each as folded words. */
  List<List<String>> expansionsOf(String typed) {
    List<List<String>> expansions = new ArrayList<>();
    if (!typed.equals(Diacritics.lower(typed)) && Abbreviations.isKnown(typed)) {
      Abbreviations.expansions(typed).forEach(expansion -> expansions.add(Tokens.terms(folded, expansion)));
    }
    return expansions;
  }
}
