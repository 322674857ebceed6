package vn.vankho.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.vankho.model.Job;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.JobQueue;

/** The reading jobs, as a reader may see them: a job names its document and says how it was read. */
public final class Jobs {
  private final JobQueue queue;
  private final DocumentStore documents;
  private final Runnable catchUpIndex;
  private final long pollNanos;
  private final Set<Wait> waits = ConcurrentHashMap.newKeySet();

  /**
   * {@code catchUpIndex} brings the index up to the jobs ended, when this process keeps it; a wait looks at the jobs
   * every {@code poll} when none ends in this process, for the jobs that other processes' workers end.
   */
  Jobs(JobQueue queue, DocumentStore documents, Runnable catchUpIndex, Duration poll) {
    this.queue = queue;
    this.documents = documents;
    this.catchUpIndex = catchUpIndex;
    this.pollNanos = poll.toNanos();
  }

  /** The job, unless its document is hidden from {@code reader}. */
  public Optional<Job> find(long id, Reader reader) {
    return queue.job(id).filter(job -> visible(job, reader));
  }

  /** The newest jobs, of documents that exist for {@code reader}. */
  public List<Job> recent(int limit, Reader reader) {
    return queue.recentJobs(limit).stream().filter(job -> visible(job, reader)).toList();
  }

  private boolean visible(Job job, Reader reader) {
    return documents.find(job.documentId()).filter(reader::sees).isPresent();
  }

  /**
   * The jobs, not yet ended, that read by OCR the pages the readings of {@code documentIds} left waiting (pages of
   * born-digital PDFs without a text layer), for whoever must {@linkplain #await wait} for every page to be read.
   */
  public List<Long> waitingPagesOf(List<Long> documentIds) {
    return queue.openOcrJobsOf(documentIds);
  }

  /**
   * Waits until every job in {@code jobIds} has ended (done or failed) and the index holds the
   * result, or the timeout passes; returns the jobs as they are then.
   */
  public List<Job> await(List<Long> jobIds, Duration timeout) throws InterruptedException {
    return await(jobIds, timeout, jobs -> {});
  }

  /**
   * As {@link #await(List, Duration)}, showing the jobs to {@code progress} at every look. It looks again after the
   * poll's interval, for the jobs other processes' workers end, or as soon as this process's workers have ended every
   * job it has not yet seen end: one look then, not one for each job ended (a wait on a whole folder's jobs would
   * otherwise read them all again at every file).
   */
  public List<Job> await(List<Long> jobIds, Duration timeout, Consumer<List<Job>> progress)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    Wait wait = new Wait(jobIds);
    waits.add(wait);
    try {
      while (true) {
        wait.looking();
        List<Job> jobs = queue.jobs(jobIds);
        progress.accept(jobs);
        Set<Long> open = jobs.stream().filter(j -> !j.status().ended()).map(Job::id).collect(Collectors.toSet());
        if (open.isEmpty()) {
          catchUpIndex.run();
        }
        if (open.isEmpty() || Instant.now().isAfter(deadline)) {
          return jobs;
        }
        wait.stillOpen(open);
        wait.untilEndedHereOr(pollNanos);
      }
    } finally {
      waits.remove(wait);
    }
  }

  /** Called by this process's workers when they end a job, so that a wait need not sleep out its poll. */
  void jobEnded(long jobId) {
    waits.forEach(wait -> wait.ended(jobId));
  }

  /** One wait's jobs not yet seen to end, which this process's workers strike out as they end them. */
  private static final class Wait {
    private final Set<Long> pending;
    private boolean endedHereSinceLook;

    Wait(List<Long> jobIds) {
      pending = new HashSet<>(jobIds);
    }

    synchronized void looking() {
      endedHereSinceLook = false;
    }

    /** Keeps only the jobs still open at the last look: a job ended here meanwhile stays struck out. */
    synchronized void stillOpen(Set<Long> open) {
      pending.retainAll(open);
    }

    synchronized void ended(long jobId) {
      if (pending.remove(jobId) && pending.isEmpty()) {
        endedHereSinceLook = true;
        notifyAll();
      }
    }

    /**
     * Returns when the last job pending has ended here since the last look, or after {@code nanos}: a job released
     * for another attempt, or ended by another process, is seen by the poll.
     */
    synchronized void untilEndedHereOr(long nanos) throws InterruptedException {
      long deadline = System.nanoTime() + nanos;
      long left;
      while (!endedHereSinceLook && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }
}
