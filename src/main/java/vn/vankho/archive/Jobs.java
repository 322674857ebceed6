package vn.vankho.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.JobQueue;

/** The reading jobs, as a reader may see them: a job names its document and says how it was read. */
public final class Jobs {
  private final JobQueue queue;
  private final DocumentStore documents;
  private final Runnable catchUpIndex;
  private final long pollNanos;
  private final Object jobEnded = new Object();
  private long jobsEnded;

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
   * As {@link #await(List, Duration)}, showing the jobs to {@code progress} at every look. It looks again as soon as
   * this process's workers end a job, or after the poll's interval for the jobs other processes end.
   */
  public List<Job> await(List<Long> jobIds, Duration timeout, Consumer<List<Job>> progress)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      long endedBefore = jobsEnded();
      List<Job> jobs = queue.jobs(jobIds);
      progress.accept(jobs);
      boolean ended = jobs.stream().allMatch(j -> j.status() == JobStatus.DONE || j.status() == JobStatus.FAILED);
      if (ended) {
        catchUpIndex.run();
      }
      if (ended || Instant.now().isAfter(deadline)) {
        return jobs;
      }
      waitForAJobToEnd(endedBefore);
    }
  }

  /** Called by this process's workers when they end a job, so that a wait need not sleep out its poll. */
  void jobEnded() {
    synchronized (jobEnded) {
      jobsEnded++;
      jobEnded.notifyAll();
    }
  }

  private long jobsEnded() {
    synchronized (jobEnded) {
      return jobsEnded;
    }
  }

  /** Returns when a job has ended since {@code endedBefore} was read, or after the poll's interval. */
  private void waitForAJobToEnd(long endedBefore) throws InterruptedException {
    long deadline = System.nanoTime() + pollNanos;
    synchronized (jobEnded) {
      long left;
      while (jobsEnded == endedBefore && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(jobEnded, left);
      }
    }
  }
}
