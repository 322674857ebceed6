package vn.vankho.ingest;

import vn.vankho.model.Reason;

/**
 * A file that cannot be read, with the {@link Reason} the archivist will see. The detail (a parser's
 * own words) is for the server log only: it may name classes and offsets no archivist can act on.
 */
public class ReadException extends Exception {
  private final Reason reason;

  public ReadException(Reason reason, String detail, Throwable cause) {
    super(reason.english() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
    this.reason = reason;
  }

  public ReadException(Reason reason) {
    this(reason, null, null);
  }

  public Reason reason() {
    return reason;
  }
}
