package vn.vankho.archive;

/** Recognises a write that failed because the disk is full, wherever it was wrapped. */
public final class DiskFull {
  private DiskFull() {}

  public static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
        return true;
      }
    }
    return false;
  }
}
