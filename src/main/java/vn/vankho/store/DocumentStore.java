package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Field;
import vn.vankho.model.Page;
import vn.vankho.model.Provenance;
import vn.vankho.model.Reason;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.StoredFile;

/**
 * The archive's records in PostgreSQL, changed only in whole transactions: a document is kept with
 * its job, and read pages are saved with the job's end, or not at all.
 */
public final class DocumentStore {
  private final Jdbi jdbi;

  public DocumentStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** What keeping a file's record came to. */
  public record Kept(long documentId, Long jobId, boolean duplicate) {}

  /**
   * Records a kept original, queues it to be read and writes the upload to the audit log, all in one
   * transaction; the same bytes again give the existing document (and the upload is still logged).
   */
  public Kept keep(StoredFile file, String fileName, String mediaType, String actor, String origin) {
    return jdbi.inTransaction(h -> {
      DocumentDao documents = h.attach(DocumentDao.class);
      Optional<Long> id = documents.insertIfNew(file.sha256(), fileName, mediaType, file.sizeBytes());
      Kept kept = id.isEmpty()
          ? new Kept(documents.idBySha256(file.sha256()).orElseThrow(), null, true)
          : new Kept(id.get(), h.attach(JobDao.class).enqueue(id.get(), Job.READ), false);
      h.attach(AuditDao.class).recordFrom(actor, "upload", kept.documentId(), null, fileName, origin);
      return kept;
    });
  }

  /** Flags a document whose original was found damaged; it stays as it was read, and is listed for review. */
  public void flagDamaged(long id) {
    jdbi.useExtension(DocumentDao.class, dao -> dao.flag(id, Reason.CHECKSUM_MISMATCH.code()));
  }

  /**
   * After a good copy of a damaged original was put back: clears the flag, reads the document again
   * if its reading had failed for it, and writes the repair to the audit log. Returns the new job, if any.
   */
  public Optional<Long> repaired(long id, String actor, String origin, String fileName) {
    return jdbi.inTransaction(h -> {
      DocumentDao documents = h.attach(DocumentDao.class);
      Document document = documents.find(id).orElseThrow();
      h.attach(AuditDao.class).recordFrom(actor, "repair original", id, null, fileName, origin);
      if (!Reason.CHECKSUM_MISMATCH.code().equals(document.failureReason())) {
        return Optional.empty();
      }
      if (document.status() != DocumentStatus.FAILED) {
        documents.flag(id, null);
        return Optional.empty();
      }
      documents.markQueued(id);
      return Optional.of(h.attach(JobDao.class).enqueue(id, Job.READ));
    });
  }

  public Optional<Document> find(long id) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.find(id));
  }

  /** The document kept from the bytes whose SHA-256 is {@code sha256}, if they were ever imported. */
  public Optional<Long> idOfContent(String sha256) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.idBySha256(sha256));
  }

  /** The newest documents of the {@code readable} levels of secrecy (codes). */
  public List<Document> recent(int limit, int offset, String[] readable) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.recent(limit, offset, readable));
  }

  /** The documents an archivist should look at, of the {@code readable} levels of secrecy (codes). */
  public List<Document> needingReview(int limit, String[] readable) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.needingReview(limit, readable));
  }

  public List<Page> pages(long documentId) {
    return jdbi.withExtension(PageDao.class, dao -> dao.pages(documentId));
  }

  public Optional<Job> job(long id) {
    return jdbi.withExtension(JobDao.class, dao -> dao.find(id));
  }

  public List<Job> jobs(List<Long> ids) {
    return ids.isEmpty() ? List.of() : jdbi.withExtension(JobDao.class, dao -> dao.findAll(ids));
  }

  public List<Job> jobsOf(long documentId) {
    return jdbi.withExtension(JobDao.class, dao -> dao.forDocument(documentId));
  }

  public List<Job> recentJobs(int limit) {
    return jdbi.withExtension(JobDao.class, dao -> dao.recent(limit));
  }

  /** Claims the next job for {@code worker} and marks its document as being read. */
  public Optional<Job> claim(String worker, double leaseSeconds) {
    return jdbi.inTransaction(h -> {
      Optional<Job> job = h.attach(JobDao.class).claimNext(worker, leaseSeconds);
      job.ifPresent(j -> h.attach(DocumentDao.class).markProcessing(j.documentId()));
      return job;
    });
  }

  /** Extends the lease; false when another worker has taken the job over. */
  public boolean renewLease(Job job, String worker, double leaseSeconds, int pagesDone, Integer pagesTotal) {
    return jdbi.withExtension(JobDao.class, dao -> dao.renewLease(job.id(), worker, leaseSeconds, pagesDone, pagesTotal));
  }

  /**
   * Saves what was read and ends the job, all or nothing; false (and nothing saved) when the lease
   * is no longer {@code worker}'s, because then another worker owns the job. Fields an archivist has
   * corrected keep their corrected values, and the awards and campaign links they confirmed or rejected
   * keep their status.
   */
  public boolean saveReading(Job job, String worker, DocumentReading reading) {
    return jdbi.inTransaction(h -> {
      if (!holdsLease(h, job, worker)) {
        return false;
      }
      long id = job.documentId();
      PageDao pageDao = h.attach(PageDao.class);
      pageDao.deleteAll(id);
      pageDao.insert(id, reading.pages());
      FieldDao fields = h.attach(FieldDao.class);
      Set<Field> corrected = fields.provenance(id).stream()
          .filter(p -> p.source() == Provenance.Source.ARCHIVIST).map(Provenance::field)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.class)));
      DocumentDao documents = h.attach(DocumentDao.class);
      documents.saveReading(reading.fields().keeping(corrected, documents.find(id).orElseThrow()));
      fields.forgetMachine(id);
      fields.recordMachine(id, reading.provenance());
      CitationDao citations = h.attach(CitationDao.class);
      citations.deleteFor(id);
      citations.insert(reading.citations());
      AwardDao awards = h.attach(AwardDao.class);
      awards.deleteProposed(id);
      awards.insert(reading.awards());
      CampaignLinkDao links = h.attach(CampaignLinkDao.class);
      links.deleteProposed(id);
      links.insert(reading.campaignLinks());
      JobDao jobs = h.attach(JobDao.class);
      jobs.recordPages(job.id(), reading.pages().size());
      jobs.finish(job.id(), JobStatus.DONE.name(), null);
      return true;
    });
  }

  /** Queues a document to be read again; archivists' corrections survive it. */
  public long reread(long id, String actor) {
    return jdbi.inTransaction(h -> {
      h.attach(DocumentDao.class).find(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
      h.attach(DocumentDao.class).markQueued(id);
      h.attach(AuditDao.class).record(actor, "reread", id, null, null, null);
      return h.attach(JobDao.class).enqueue(id, Job.READ);
    });
  }

  /** Fails the job and its document with a reason a person can act on; false when the lease was lost. */
  public boolean fail(Job job, String worker, String reason) {
    return jdbi.inTransaction(h -> {
      if (!holdsLease(h, job, worker)) {
        return false;
      }
      h.attach(DocumentDao.class).markFailed(job.documentId(), reason);
      h.attach(JobDao.class).finish(job.id(), JobStatus.FAILED.name(), reason);
      return true;
    });
  }

  /** Returns the job to the queue after a passing fault, for another attempt. */
  public boolean release(Job job, String worker, String error) {
    return jdbi.inTransaction(h -> {
      if (!holdsLease(h, job, worker)) {
        return false;
      }
      h.attach(JobDao.class).release(job.id(), error);
      return true;
    });
  }

  /**
   * Puts back in the queue the jobs that the workers of a stopped run held ({@code run} + "/" + the worker's
   * name); returns how many.
   */
  public int releaseJobsOf(String run) {
    return jdbi.withExtension(JobDao.class, dao -> dao.releaseHeldBy(run + "/"));
  }

  /** Puts every running job back in the queue: in a restored archive, no worker holds them. */
  public int releaseAllRunningJobs() {
    return jdbi.withExtension(JobDao.class, dao -> dao.releaseHeldBy(""));
  }

  private static boolean holdsLease(Handle h, Job job, String worker) {
    return h.attach(JobDao.class).lockIfHeld(job.id(), worker).isPresent();
  }
}
