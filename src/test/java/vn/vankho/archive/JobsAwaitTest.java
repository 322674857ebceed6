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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.store.Database;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.JobQueue;

/**
 * Whoever waits for a job ({@code import --wait}, the bench) learns that it ended as soon as a worker of this process
 * ends it, not at the next look of the poll that the jobs of other processes need.
 */
class JobsAwaitTest {
  /** A poll no test outlasts: a wait that returns in time was woken by the job's end. */
  private static final Duration NEVER = Duration.ofHours(1);

  @TempDir Path data;

  @Test
  void aWaitReturnsWhenAWorkerOfThisProcessEndsTheJobWithoutWaitingForThePoll() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    try (Archive archive = Archive.open(settings.withWorkers(0));
        TestWorker worker = new TestWorker(settings);
        Database database = Database.open(settings.databaseUrl())) {
      IntakeResult accepted = ArchiveTestSupport.offer(archive, "thong-bao.txt",
          "THÔNG BÁO\nVề việc tổ chức hội nghị sơ kết phong trào thi đua".getBytes(StandardCharsets.UTF_8));
      Jobs jobs = new Jobs(new JobQueue(database), new DocumentStore(database), () -> {}, NEVER);
      CountDownLatch looked = new CountDownLatch(1);
      CompletableFuture<List<Job>> waited = CompletableFuture.supplyAsync(() -> {
        try {
          return jobs.await(List.of(accepted.jobId()), NEVER, seen -> looked.countDown());
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      assertTrue(looked.await(1, TimeUnit.MINUTES), "the wait looked at the queued job");

      assertTrue(worker.doNext(), "the reading of the file");
      jobs.jobEnded();

      List<Job> ended = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> waited.get());
      assertEquals(JobStatus.DONE, ended.get(0).status(), ended.get(0).error());
    }
  }
}
