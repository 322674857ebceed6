package vn.vankho.ingest.ocr;

/**
 * A page or file that could not be read. The message names the file or page and the reason in words an
 * archivist can act on ("image of 30000x30000 pixels is too large to read"), because the pipeline records
 * it as the page's failure. Unchecked, so that reading many pages in streams and pools stays plain.
 */
public final class OcrException extends RuntimeException {
  public OcrException(String message) {
    super(message);
  }

  public OcrException(String message, Throwable cause) {
    super(message, cause);
  }
}
