package vn.vankho.model;

/** What a person may do in the archive; each role may do everything the ones below it may. */
public enum Role {
  /** Searches and reads. */
  READER,
  /** Also uploads, corrects metadata, asks for documents to be read again, keeps the unit lists. */
  ARCHIVIST,
  /** Also reads the audit log and manages the accounts. */
  ADMIN;

  public boolean canChange() {
    return this != READER;
  }

  public boolean canAudit() {
    return this == ADMIN;
  }
}
