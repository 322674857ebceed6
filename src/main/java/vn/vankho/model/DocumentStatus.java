package vn.vankho.model;

/** Where a document is on its way through the pipeline. */
public enum DocumentStatus {
  /** Kept and waiting for a worker. */
  QUEUED,
  /** A worker is reading it. */
  PROCESSING,
  /** Read, stored and searchable. */
  DONE,
  /** Could not be read; the reason is kept with it and the original is still in the file store. */
  FAILED
}
