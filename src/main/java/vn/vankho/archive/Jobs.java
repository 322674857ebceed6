package vn.vankho.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  /** {@code catchUpIndex} brings the index up to the jobs ended, when this process keeps it. */
  Jobs(JobQueue queue, DocumentStore documents, Runnable catchUpIndex) {
    this.queue = queue;
    this.documents = documents;
    this.catchUpIndex = catchUpIndex;
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

  /** As {@link #await(List, Duration)}, showing the jobs to {@code progress} at every look. */
  public List<Job> await(List<Long> jobIds, Duration timeout, Consumer<List<Job>> progress)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<Job> jobs = queue.jobs(jobIds);
      progress.accept(jobs);
      boolean ended = jobs.stream().allMatch(j -> j.status() == JobStatus.DONE || j.status() == JobStatus.FAILED);
      if (ended) {
        catchUpIndex.run();
      }
      if (ended || Instant.now().isAfter(deadline)) {
        return jobs;
      }
      Thread.sleep(200);
    }
  }
}
