package vn.vankho.model;

/**
 * The text of one page of a document, 1-based. Confidence is the OCR engine's mean word confidence
 * (0-100), null for a text layer; quality is the share of the page's words that read as Vietnamese
 * (PageQuality), null until measured. A page that reading could not trust needs an archivist's
 * review, and {@code problem} says why.
 */
public record Page(int number, String text, PageSource source, Float confidence, Float quality,
    boolean needsReview, String problem) {}
