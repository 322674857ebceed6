package vn.vankho.ingest.ocr;

import vn.vankho.model.Reason;

/**
 * A page or file that could not be read. The message names the file or page and the problem for the
 * log ("image of 30000x30000 pixels is too large to read"); {@link #reason()} is what the archivist
 * sees. Unchecked, so that reading many pages in streams and pools stays plain.
 */
public final class OcrException extends RuntimeException {
  private final Reason reason;

  public OcrException(String message) {
    this(Reason.PAGE_UNREADABLE, message, null);
  }

  public OcrException(String message, Throwable cause) {
    this(Reason.PAGE_UNREADABLE, message, cause);
  }

  public OcrException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
