package vn.vankho.model;

/**
 * The text of one page of a document, 1-based: the one page type, from reading through extraction and the store to the
 * index. Confidence is the OCR engine's mean word confidence
 * (0-100), null for a text layer; quality is the share of the page's words that read as Vietnamese
 * (PageQuality), null until measured. A page that reading could not trust needs an archivist's
 * review, and {@code problem} says why. {@code note} says what reading did to the page that the
 * archivist should know though it needs no review (its text was converted from a legacy encoding), or null.
 * {@code imageSha256} is the SHA-256 of the page's image as kept, when it was read from a picture, for the
 * fixity check; null for a page with no image.
 */
public record Page(int number, String text, PageSource source, Float confidence, Float quality,
    boolean needsReview, String problem, String note, String imageSha256) {

  /** This page with the digest of its image as kept. */
  public Page withImage(String sha256) {
    return new Page(number, text, source, confidence, quality, needsReview, problem, note, sha256);
  }
}
