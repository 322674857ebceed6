package vn.vankho.store;

import java.io.IOException;

/** A kept file read to its end did not hash to the digest it is kept under: damaged where it is kept. */
public final class ChangedBytesException extends IOException {
  public ChangedBytesException(String message) {
    super(message);
  }
}
