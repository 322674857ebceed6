package vn.vankho.ingest;

import vn.vankho.model.PageSource;

/**
 * The text read from one page: where it came from, the OCR engine's confidence (null for a text
 * layer), its quality (the share of words that read as Vietnamese), and, when reading could not be
 * trusted, why the page needs an archivist's review (null when it does not).
 */
public record PageText(int number, String text, PageSource source, Float confidence, float quality, String problem) {

  public boolean needsReview() {
    return problem != null;
  }
}
