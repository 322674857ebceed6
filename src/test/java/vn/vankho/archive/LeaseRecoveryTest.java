package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.store.Database;
import vn.vankho.store.DocumentReading;
import vn.vankho.store.JobQueue;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;

/**
 * A worker that dies in the middle of a job: its lease runs out, another worker finishes the job
 * once, and the dead worker, should it wake, cannot finish it a second time.
 */
class LeaseRecoveryTest {
  @TempDir Path data;

  @Test
  void aJobWhoseWorkerDiedIsFinishedOnceByAnother() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data).withLeaseSeconds(1);
    try (Archive archive = Archive.open(settings);
         Database sameDatabase = Database.open(settings.databaseUrl())) {
      IntakeResult accepted = ArchiveTestSupport.offer(archive, "ct41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
      JobQueue store = new JobQueue(sameDatabase);

      // a worker in another process claims the job and dies without a word
      Job claimedByTheDead = store.claimWithDocument("dead-worker", 1).orElseThrow().job();
      assertEquals(accepted.jobId(), claimedByTheDead.id());
      assertTrue(store.claimWithDocument("eager-worker", 1).isEmpty(), "a held lease is not handed out twice");

      archive.startProcessing();
      Job finished = archive.jobs().await(List.of(accepted.jobId()), Duration.ofMinutes(1)).get(0);

      assertEquals(JobStatus.DONE, finished.status());
      assertEquals(2, finished.attempts(), "claimed by the dead worker, then by a live one");
      assertEquals(1, archive.documents().view(accepted.documentId(), Reader.commandLine("test")).orElseThrow().pages().size());

      // the dead worker wakes and tries to save what it read: refused, nothing changes
      Document stale = new Document(accepted.documentId(), "stale", "stale.txt", "text/plain", 5, DocumentStatus.DONE,
          null, null, null, null, null, null, null, null, "stale", null, null, List.of(), List.of(), null, null, null);
      List<Page> stalePages = List.of(new Page(1, "stale", PageSource.TEXT_LAYER, null, null, false, null, null, null),
          new Page(2, "stale", PageSource.TEXT_LAYER, null, null, false, null, null, null));
      assertFalse(store.saveReading(claimedByTheDead, "dead-worker",
          new DocumentReading(stale, stalePages, List.of(), List.of(), List.of(), List.of())));
      assertFalse(store.fail(claimedByTheDead, "dead-worker", "too late"));
      DocumentView view = archive.documents().view(accepted.documentId(), Reader.commandLine("test")).orElseThrow();
      assertEquals(1, view.pages().size());
      assertEquals("done", view.status());
      assertEquals(1, archive.search().find(new SearchRequest("41-CT/TW", 10, 0), Reader.commandLine("test")).total());
    }
  }

  /**
   * A run that stopped while holding a job (killed, power cut): the next run on the same data folder puts the job
   * back at once, not when its minute of lease runs out; a job a worker of another archive holds stays theirs.
   */
  @Test
  void aRestartedArchiveTakesBackAtOnceTheJobsItsStoppedRunHeld() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    assertEquals(60, settings.leaseSeconds());
    IntakeResult ours;
    IntakeResult theirs;
    try (Archive stopped = Archive.open(settings.withWorkers(0));
         Database sameDatabase = Database.open(settings.databaseUrl())) {
      stopped.startProcessing();
      ours = ArchiveTestSupport.offer(stopped, "ct41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
      theirs = ArchiveTestSupport.offer(stopped, "kh152.pdf", TestFiles.pdf(List.of(Samples.PLAN)));
      String run = Files.readString(data.resolve(ProcessingRun.FILE));
      JobQueue store = new JobQueue(sameDatabase);
      assertEquals(ours.jobId(), store.claimWithDocument(run + "/worker-1", 60).orElseThrow().job().id());
      assertEquals(theirs.jobId(),
          store.claimWithDocument("4242@another-host~0badcafe/worker-1", 60).orElseThrow().job().id());
    } // its worker never finishes: as if the process had been killed holding the job

    try (Archive restarted = Archive.open(settings.withWorkers(1))) {
      restarted.startProcessing();
      List<Job> jobs = restarted.jobs().await(List.of(ours.jobId()), Duration.ofSeconds(20));
      assertEquals(JobStatus.DONE, jobs.get(0).status(), "taken back long before its lease ran out");
      assertEquals(2, jobs.get(0).attempts());
      Job other = restarted.jobs().find(theirs.jobId(), Reader.commandLine("test")).orElseThrow();
      assertEquals(JobStatus.RUNNING, other.status(), "another archive's job is left to its worker");
      assertEquals("4242@another-host~0badcafe/worker-1", other.leaseOwner());
    }
  }
}
