package vn.vankho.archive;

import vn.vankho.model.Reason;

/**
 * What became of one file offered to the archive. {@code documentId} and {@code jobId} are null when
 * the file was rejected, and {@code reason} says why; {@code jobId} is null for a duplicate, and for
 * a repair unless the document is read again.
 */
public record IntakeResult(String fileName, Status status, Long documentId, Long jobId, Reason reason) {

  /**
   * The outcome at the door. REPAIRED: the same bytes were archived, but their kept copy was damaged
   * on disk, and this upload put the good copy back.
   */
  public enum Status { ACCEPTED, DUPLICATE, REPAIRED, REJECTED }

  static IntakeResult rejected(String fileName, Reason reason) {
    return new IntakeResult(fileName, Status.REJECTED, null, null, reason);
  }
}
