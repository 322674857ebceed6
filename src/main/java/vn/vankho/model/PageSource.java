package vn.vankho.model;

/** Where the text of a page came from. */
public enum PageSource {
  /** The text layer of a born-digital file. */
  TEXT_LAYER("text-layer"),
  /** Optical character recognition of the page image. */
  OCR("ocr"),
  /**
   * No text yet: a page of a born-digital PDF without a text layer, left at import for a job that reads it by OCR
   * behind the imports ({@link Job#OCR_PAGES}).
   */
  AWAITING_OCR("awaiting-ocr");

  private final String label;

  PageSource(String label) {
    this.label = label;
  }

  /** The name other tools read in JSON: "text-layer", "ocr" or "awaiting-ocr". */
  public String label() {
    return label;
  }
}
