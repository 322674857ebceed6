package vn.vankho.ingest.awards;

import vn.vankho.text.Diacritics;

/**
 * A text and its search form of the same length, character for character, so that a cue found in the
 * folded text (where OCR's lost or wrong marks do not matter) cuts the original at the same place.
 */
record Folded(String original, String folded) {

  static Folded of(String text) {
    String nfc = Diacritics.nfc(text);
    StringBuilder folded = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      String f = Diacritics.searchFormChar(nfc.charAt(i));
      // a mark left standing alone folds to nothing; a blank keeps the two texts aligned
      folded.append(f.length() == 1 ? f.charAt(0) : ' ');
    }
    return new Folded(nfc, folded.toString());
  }

  /** Where {@code cue} (in search form) starts as whole words at or after {@code from}; -1 when it does not. */
  int find(String cue, int from) {
    for (int at = folded.indexOf(cue, from); at >= 0; at = folded.indexOf(cue, at + 1)) {
      if (wordEdge(at - 1) && wordEdge(at + cue.length())) {
        return at;
      }
    }
    return -1;
  }

  boolean startsWith(String cue) {
    return startsAt(cue, 0);
  }

  /** Whether {@code cue} (in search form) is at {@code at} and ends a word there; what is before it is not looked at. */
  boolean startsAt(String cue, int at) {
    return at >= 0 && folded.startsWith(cue, at) && wordEdge(at + cue.length());
  }

  String original(int from, int to) {
    return original.substring(from, to).strip();
  }

  int length() {
    return original.length();
  }

  private boolean wordEdge(int at) {
    return at < 0 || at >= folded.length() || !Character.isLetterOrDigit(folded.charAt(at));
  }
}
