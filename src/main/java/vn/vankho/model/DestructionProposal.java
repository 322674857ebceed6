package vn.vankho.model;

import java.time.Instant;

/** An archivist's proposal to destroy a file, and an admin's decision on it (status PROPOSED, DESTROYED or REJECTED). */
public record DestructionProposal(long id, long fileId, String fileCode, String fileTitle, String reason,
    String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String status) {
  public boolean open() {
    return status.equals("PROPOSED");
  }
}
