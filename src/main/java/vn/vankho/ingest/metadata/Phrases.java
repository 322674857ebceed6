package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vankho.text.EditDistance;

/**
 * A closed list of phrases (cue words, body names, titles, places) found in a page's words without
 * marks and despite small OCR slips, and given back in their proper spelling.
 *
 * <p>A word may differ from the phrase's word by one edit (two for words of six letters or more), but
 * the whole phrase by no more than one edit per five letters: "Thue hién" is "Thực hiện", "Ban Thudng
 * vu Tinh dy" is "Ban Thường vụ Tỉnh ủy", but "các cơ" is not "căn cứ". One-letter words must be exact.
 */
final class Phrases<T> {
  /** A phrase's spelling or payload, and its words in normalized form. */
  private record Entry<T>(T value, List<String> norms, int letters) {}

  /** A phrase found: its value and the token range [start, end) it covers. */
  record Match<T>(T value, int start, int end) {}

  private final List<Entry<T>> entries = new ArrayList<>();

  void add(String phrase, T value) {
    List<String> norms = PageText.normsOf(phrase);
    if (norms.isEmpty()) {
      throw new IllegalArgumentException("empty phrase for " + value);
    }
    entries.add(new Entry<>(value, norms, norms.stream().mapToInt(String::length).sum()));
  }

  /** The longest phrase starting at token {@code from}, the closest one of equal length ("Sở" over "Bộ Nội vụ"). */
  Optional<Match<T>> at(List<Token> tokens, int from) {
    Match<T> best = null;
    int bestEdits = 0;
    for (Entry<T> e : entries) {
      int size = e.norms().size();
      if (from + size > tokens.size() || (best != null && size < best.end() - best.start())) {
        continue;
      }
      int budget = Math.max(1, e.letters() / 5);
      int edits = 0;
      for (int i = 0; i < size && edits <= budget; i++) {
        edits += distance(e.norms().get(i), tokens.get(from + i).norm());
      }
      boolean better = best == null || size > best.end() - best.start() || edits < bestEdits;
      if (edits <= budget && better) {
        best = new Match<>(e.value(), from, from + size);
        bestEdits = edits;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first phrase found at or after token {@code from} and before token {@code to}. */
  Optional<Match<T>> first(List<Token> tokens, int from, int to) {
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Optional<Match<T>> m = at(tokens, i);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The value when all of {@code words} is one phrase. */
  Optional<T> whole(List<Token> words) {
    return at(words, 0).filter(m -> m.end() == words.size()).map(Match::value);
  }

  /** Edits between a phrase word and a page word, or a large number when beyond a word's tolerance. */
  private static int distance(String phraseWord, String pageWord) {
    if (phraseWord.equals(pageWord)) {
      return 0;
    }
    int allowed = phraseWord.length() == 1 ? 0 : phraseWord.length() >= 6 ? 2 : 1;
    int d = EditDistance.atMost(phraseWord, pageWord, allowed);
    return d <= allowed ? d : 1000;
  }
}
