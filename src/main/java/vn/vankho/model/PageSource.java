package vn.vankho.model;

/** Where the text of a page came from. */
public enum PageSource {
  /** The text layer of a born-digital file. */
  TEXT_LAYER("text-layer"),
  /** Optical character recognition of the page image. */
  OCR("ocr");

  private final String label;

  PageSource(String label) {
    this.label = label;
  }

  /** The name other tools read in JSON: "text-layer" or "ocr". */
  public String label() {
    return label;
  }
}
