package vn.vankho.store;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.PageSource;
import vn.vankho.model.Refusal;

/**
 * The queue of reading jobs in PostgreSQL: workers claim a job under a lease, renew it while they read, and end
 * the job (saving what was read, or failing it) only while the lease is still theirs, all in one transaction.
 */
public final class JobQueue {
  private final Jdbi jdbi;

  public JobQueue(Database database) {
    this.jdbi = database.jdbi();
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

  /** The jobs that will read by OCR the pages the readings of {@code documentIds} left waiting, not yet ended. */
  public List<Long> openOcrJobsOf(List<Long> documentIds) {
    return jdbi.withExtension(JobDao.class, dao -> dao.openOfKind(DocumentStore.array(documentIds), Job.OCR_PAGES));
  }

  public List<Job> recentJobs(int limit) {
    return jdbi.withExtension(JobDao.class, dao -> dao.recent(limit));
  }

  /** A claimed job and its document as it was just after the claim. */
  public record Claimed(Job job, Document document) {}

  /**
   * Claims the next job for {@code worker} and marks its document as being read, in one statement, then reads the
   * document on the same handle.
   */
  public Optional<Claimed> claimWithDocument(String worker, double leaseSeconds) {
    return jdbi.withExtension(ClaimDao.class, dao -> dao.claimNext(worker, leaseSeconds)
        .map(job -> new Claimed(job, dao.document(job.documentId()).orElseThrow())));
  }

  /** Extends the lease; false when another worker has taken the job over. */
  public boolean renewLease(Job job, String worker, double leaseSeconds, int pagesDone, Integer pagesTotal) {
    return jdbi.withExtension(JobDao.class, dao -> dao.renewLease(job.id(), worker, leaseSeconds, pagesDone, pagesTotal));
  }

  /**
   * Saves what was read and ends the job, all or nothing; false (and nothing saved) when the lease
   * is no longer {@code worker}'s, because then another worker owns the job. Fields an archivist has
   * corrected keep their corrected values, and the awards and campaign links they confirmed or rejected
   * keep their status. Pages the reading left waiting for OCR are queued to be read, in the same transaction.
   */
  public boolean saveReading(Job job, String worker, DocumentReading reading) {
    return jdbi.inTransaction(h -> {
      ReadingDao saving = h.attach(ReadingDao.class);
      // the lock, the document as kept and its corrected fields in one round trip
      Optional<ReadingDao.Held> held = saving.lockIfHeld(job.id(), worker);
      if (held.isEmpty()) {
        return false;
      }
      long id = job.documentId();
      // one statement for the five tables of the last machine reading: each statement is a round trip, and a
      // document's saving took sixteen
      saving.forgetMachineReading(id);
      saving.insertPages(id, reading.pages());
      Set<Field> corrected = EnumSet.noneOf(Field.class);
      for (String field : held.get().corrected()) {
        corrected.add(Field.valueOf(field));
      }
      saving.saveFieldsAndFinish(reading.document().keeping(corrected, held.get().document()), job.id(),
          reading.pages().size());
      // an empty list inserts nothing, but each call still costs Jdbi a statement's set-up
      if (!reading.provenance().isEmpty()) {
        saving.recordMachine(id, reading.provenance());
      }
      if (!reading.citations().isEmpty()) {
        saving.insertCitations(reading.citations());
      }
      if (!reading.awards().isEmpty()) {
        saving.insertAwards(reading.awards());
      }
      if (!reading.campaignLinks().isEmpty()) {
        saving.insertCampaignLinks(reading.campaignLinks());
      }
      if (reading.pages().stream().anyMatch(p -> p.source() == PageSource.AWAITING_OCR)) {
        saving.queueOcrOfWaitingPages(id);
      }
      return true;
    });
  }

  /** Queues a document to be read again; archivists' corrections survive it. */
  public long reread(long id, String actor) {
    return jdbi.inTransaction(h -> {
      h.attach(DocumentDao.class).find(id).orElseThrow(() -> Refusal.NO_DOCUMENT.of(id));
      h.attach(DocumentDao.class).markQueued(id);
      h.attach(AuditDao.class).record(actor, "reread", id, null, null, null);
      return h.attach(JobDao.class).enqueue(id, Job.READ);
    });
  }

  /**
   * Fails the job with a reason a person can act on, and its document, unless the job read only pages a reading left
   * waiting for OCR: the document is read and stays as it is, those pages flagged for review with the reason. False
   * when the lease was lost.
   */
  public boolean fail(Job job, String worker, String reason) {
    return jdbi.inTransaction(h -> {
      if (!holdsLease(h, job, worker)) {
        return false;
      }
      if (job.kind().equals(Job.OCR_PAGES)) {
        h.attach(PageDao.class).flagAwaitingOcr(job.documentId(), reason);
        h.attach(DocumentDao.class).touch(job.documentId());
      } else {
        h.attach(DocumentDao.class).markFailed(job.documentId(), reason);
      }
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
