package vn.vankho.ingest.awards;

import vn.vankho.text.FoldedText;

/**
 * A text and its search form of the same length, character for character ({@link FoldedText}), so that a cue found
 * in the folded text (where OCR's lost or wrong marks do not matter) cuts the original at the same place.
 */
record Folded(FoldedText text) {

  static Folded of(String text) {
    return new Folded(FoldedText.of(text));
  }

  String original() {
    return text.original();
  }

  /** The search form: what cues are found in. */
  String folded() {
    return text.searchForm();
  }

  int find(String cue, int from) {
    return text.find(cue, from);
  }

  boolean startsWith(String cue) {
    return text.startsWith(cue);
  }

  boolean startsAt(String cue, int at) {
    return text.startsAt(cue, at);
  }

  String original(int from, int to) {
    return text.original(from, to);
  }

  int length() {
    return text.length();
  }
}
