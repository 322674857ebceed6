package vn.vankho.archive;

import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.TypedText;
import vn.vankho.store.Correction;
import vn.vankho.store.CorrectionStore;
import vn.vankho.store.JobQueue;

/**
 * What an archivist does about a reading: corrects a field, or has the document read again. A document above
 * their clearance is not there to correct: an archivist cannot lower a level they may not read.
 */
public final class Corrections {
  private final Documents documents;
  private final CorrectionStore corrections;
  private final JobQueue queue;
  private final Runnable reindexChanged;
  private final Runnable wakeWorkers;

  Corrections(Documents documents, CorrectionStore corrections, JobQueue queue, Runnable reindexChanged,
      Runnable wakeWorkers) {
    this.documents = documents;
    this.corrections = corrections;
    this.queue = queue;
    this.reindexChanged = reindexChanged;
    this.wakeWorkers = wakeWorkers;
  }

  /**
   * Corrects one field of a document to the value an archivist typed, as {@code reader}; the index follows.
   * A value that does not fit the field (not a date, not a document number) is refused.
   */
  public Document correct(long id, Field field, String value, Reader reader) {
    documents.require(id, reader);
    String typed = TypedText.optional(value, "Giá trị trường " + field.jsonName(), TypedText.NOTE);
    Document corrected = corrections.correct(id, new Correction(field, typed), reader.actor());
    reindexChanged.run();
    return corrected;
  }

  /** Reads a document again (corrections survive); returns the new job's id. */
  public long reread(long id, Reader reader) {
    documents.require(id, reader);
    long job = queue.reread(id, reader.actor());
    wakeWorkers.run();
    return job;
  }
}
