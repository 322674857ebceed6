package vn.vankho.archive;

/**
 * What became of one file offered to the archive. {@code documentId} and {@code jobId} are null when
 * the file was rejected; {@code jobId} is null for a duplicate.
 */
public record IntakeResult(String fileName, Status status, Long documentId, Long jobId, String reason) {

  /** The outcome at the door. */
  public enum Status { ACCEPTED, DUPLICATE, REJECTED }

  static IntakeResult rejected(String fileName, String reason) {
    return new IntakeResult(fileName, Status.REJECTED, null, null, reason);
  }
}
