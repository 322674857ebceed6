package vn.vankho.ingest.awards;

import java.util.stream.Stream;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;

/**
 * The small readings of an award text that every part of {@link AwardReader} shares: where a phrase of a role
 * is, where a sentence starts, how many words a text has, a clause without its end punctuation.
 */
final class AwardText {
  /** Where the sentence that holds {@code at} starts. */
  static int sentenceStart(FoldedText text, int at) {
    int sentence = Math.max(text.original().lastIndexOf(". ", at), text.original().lastIndexOf(": ", at));
    return sentence < 0 ? 0 : sentence + 2;
  }

  /** Whether the text at {@code at} is {@code phrase} with its marks ("tặng", not "tăng" or "tầng"), in any case. */
  static boolean marked(FoldedText text, int at, String phrase) {
    return at + phrase.length() <= text.length()
        && text.original().substring(at, at + phrase.length()).equalsIgnoreCase(Diacritics.nfc(phrase));
  }

  static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Where the first phrase of {@code role} is, at or after {@code from}; -1 when none is. */
  static int first(FoldedText text, String role, int from) {
    return AwardTables.cues(role).find(text, from).map(Match::start).orElse(-1);
  }

  /** Where the phrase of {@code role} found at {@code at} ends. */
  static int endOf(FoldedText text, String role, int at) {
    return AwardTables.cues(role).at(text, at).orElseThrow().end();
  }

  static int words(String text) {
    return (int) Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
  }

  /** Without the punctuation that ends a clause or an item. */
  static String trim(String text) {
    return text.strip().replaceAll("[\\s:;.,]+$", "").strip();
  }

  private AwardText() {}
}
