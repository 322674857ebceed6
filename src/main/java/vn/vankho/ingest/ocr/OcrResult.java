package vn.vankho.ingest.ocr;

/**
 * The text Tesseract read from one page and its mean word confidence, 0 to 100 (Tesseract's scale).
 * A low confidence is the cheapest sign of a bad scan; the pipeline decides what to do with it.
 */
public record OcrResult(String text, float meanConfidence) {
  public OcrResult {
    if (text == null) throw new IllegalArgumentException("text must not be null");
  }
}
