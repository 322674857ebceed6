package vn.vankho.archive;

import vn.vankho.model.Reason;

/** The kept original of a document no longer matches its SHA-256; uploading the good copy repairs it. */
public final class DamagedOriginalException extends RuntimeException {
  public DamagedOriginalException(long documentId) {
    super("document " + documentId + ": " + Reason.CHECKSUM_MISMATCH.english());
  }

  public Reason reason() {
    return Reason.CHECKSUM_MISMATCH;
  }
}
