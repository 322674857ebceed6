package vn.vankho.ingest;

/**
 * A file that cannot be read, with a reason written for the archivist who will see it
 * ("the PDF is protected by a password"), not for a developer.
 */
public class ReadException extends Exception {
  public ReadException(String reason) {
    super(reason);
  }

  public ReadException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
