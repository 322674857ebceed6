package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;

/**
 * Whoever waits for jobs ({@code import --wait}, the bench) learns that they ended as soon as this process's workers
 * end the last of them, not at the next look of the poll that the jobs of other processes need; and the jobs ended
 * before the last do not make it read them all again, one look for each (a folder's import waits on every file).
 */
class JobsAwaitTest {
  /** A poll no test outlasts: a wait that returns in time was woken by the jobs' end. */
  private static final Duration NEVER = Duration.ofHours(1);

  @TempDir Path data;

  @Test
  void aWaitLooksAgainOnceThisProcessHasEndedTheLastOfItsJobsWithoutWaitingForThePoll() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    try (Archive archive = Archive.open(settings.withWorkers(0));
        TestWorker worker = new TestWorker(settings)) {
      long first = offer(archive, "thong-bao-1.txt", "THÔNG BÁO\nVề việc tổ chức hội nghị sơ kết phong trào thi đua");
      long second = offer(archive, "thong-bao-2.txt", "THÔNG BÁO\nVề việc tổng kết công tác khen thưởng năm 2025");
      Jobs jobs = new Jobs(worker.queue(), worker.documents(), () -> {}, NEVER);
      AtomicInteger looks = new AtomicInteger();
      CountDownLatch looked = new CountDownLatch(1);
      CompletableFuture<List<Job>> waited = CompletableFuture.supplyAsync(() -> {
        try {
          return jobs.await(List.of(first, second), NEVER, seen -> {
            looks.incrementAndGet();
            looked.countDown();
          });
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      assertTrue(looked.await(1, TimeUnit.MINUTES), "the wait looked at the queued jobs");

      assertTrue(worker.doNext(), "the reading of the first file");
      jobs.jobEnded(first);
      assertTrue(worker.doNext(), "the reading of the second file");
      jobs.jobEnded(second);

      List<Job> ended = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> waited.get());
      assertEquals(List.of(JobStatus.DONE, JobStatus.DONE), ended.stream().map(Job::status).toList());
      assertEquals(2, looks.get(), "one look at the start, one once the last job ended: none for the first's end");
    }
  }

  private static long offer(Archive archive, String name, String text) {
    return ArchiveTestSupport.offer(archive, name, text.getBytes(StandardCharsets.UTF_8)).jobId();
  }
}
