package vn.vankho.index;

/** The index cannot be opened: missing, locked by another process, or damaged. */
public final class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
