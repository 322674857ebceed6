package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Page;
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

  /** Records a kept original and queues it to be read; the same bytes again give the existing document. */
  public Kept keep(StoredFile file, String fileName, String mediaType) {
    return jdbi.inTransaction(h -> {
      DocumentDao documents = h.attach(DocumentDao.class);
      Optional<Long> id = documents.insertIfNew(file.sha256(), fileName, mediaType, file.sizeBytes());
      if (id.isEmpty()) {
        return new Kept(documents.idBySha256(file.sha256()).orElseThrow(), null, true);
      }
      long jobId = h.attach(JobDao.class).enqueue(id.get(), Job.READ);
      return new Kept(id.get(), jobId, false);
    });
  }

  public Optional<Document> find(long id) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.find(id));
  }

  public List<Document> recent(int limit, int offset) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.recent(limit, offset));
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
   * is no longer {@code worker}'s, because then another worker owns the job.
   */
  public boolean saveReading(Job job, String worker, DocumentFields fields, List<Page> pages) {
    return jdbi.inTransaction(h -> {
      if (!holdsLease(h, job, worker)) {
        return false;
      }
      PageDao pageDao = h.attach(PageDao.class);
      pageDao.deleteAll(job.documentId());
      pageDao.insert(job.documentId(), pages);
      h.attach(DocumentDao.class).saveReading(fields);
      h.attach(JobDao.class).finish(job.id(), JobStatus.DONE.name(), null);
      return true;
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

  /** Documents whose search entry is out of date. */
  public List<DocumentDao.DocumentVersion> awaitingIndex(int limit) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.awaitingIndex(limit));
  }

  public void markIndexed(long id, int version) {
    jdbi.useExtension(DocumentDao.class, dao -> dao.markIndexed(id, version));
  }

  public void forgetIndexed() {
    jdbi.useExtension(DocumentDao.class, DocumentDao::forgetIndexed);
  }

  private static boolean holdsLease(Handle h, Job job, String worker) {
    return h.attach(JobDao.class).lockIfHeld(job.id(), worker).isPresent();
  }
}
