package vn.vankho.model;

import java.time.Instant;

/**
 * A unit of work in the queue. A worker holds a job under a lease: when the lease runs out (the worker
 * crashed or hung) another worker may claim the job again, and the first one can no longer finish it.
 * {@code searchable} says that the search index holds its document as the job left it: the index catches up just
 * after a job ends, so a job can be done a moment before search finds what it read.
 */
public record Job(
    long id,
    long documentId,
    String kind,
    JobStatus status,
    int attempts,
    int maxAttempts,
    String leaseOwner,
    Instant leaseUntil,
    int pagesDone,
    Integer pagesTotal,
    String error,
    Instant createdAt,
    Instant finishedAt,
    boolean searchable) {

  /** The kind of job that reads a newly kept original. */
  public static final String READ = "read";
  /**
   * The kind of job that reads by OCR the pages a reading left {@linkplain PageSource#AWAITING_OCR waiting}, after
   * every queued {@link #READ}, and describes the document again with them.
   */
  public static final String OCR_PAGES = "ocr-pages";
}
