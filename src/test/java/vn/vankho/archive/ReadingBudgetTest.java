package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.ingest.ReadingBudget;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Reason;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;

/**
 * A document over its reading budget (pages or time) fails with the budget it went over, keeps its
 * original, saves none of its pages, and leaves its worker free: each archive here has one worker, so the
 * next document can only be read once the worker has let the long one go.
 */
class ReadingBudgetTest {
  private static final byte[] FIVE_HUNDRED_BLANK_PAGES = TestFiles.blankPdf(500);

  @TempDir Path data;

  @Test
  void fiveHundredBlankPagesAreOverTheDefaultPageBudgetAndTheWorkerTakesTheNextDocument() throws Exception {
    try (Archive archive = open(ReadingBudget.defaults())) {
      Job blank = ArchiveTestSupport.importAndWait(archive, "500 trang trắng.pdf", FIVE_HUNDRED_BLANK_PAGES);

      assertFailedOverBudget(archive, blank, Reason.TOO_MANY_PAGES);
      assertEquals(0, blank.pagesDone(), "no page was rendered or read");
      assertTrue(archive.documents().pageImage(blank.documentId(), 1, Reader.commandLine("test")).isEmpty(), "no page image was made");
      assertTheWorkerReadsTheNextDocument(archive);
    }
  }

  @Test
  void aDocumentStillBeingReadWhenItsTimeRunsOutFailsAndTheWorkerTakesTheNextDocument() throws Exception {
    // pages allowed, but far less time than 500 pages of OCR take anywhere
    try (Archive archive = open(new ReadingBudget(1000, Duration.ofSeconds(3)))) {
      Job blank = ArchiveTestSupport.importAndWait(archive, "500 trang trắng.pdf", FIVE_HUNDRED_BLANK_PAGES);

      assertFailedOverBudget(archive, blank, Reason.READING_TIME_EXCEEDED);
      assertTrue(blank.pagesDone() < 500, "stopped before the end: " + blank.pagesDone());
      assertTheWorkerReadsTheNextDocument(archive);
    }
  }

  private Archive open(ReadingBudget budget) {
    Archive archive = Archive.open(ArchiveTestSupport.settings(data).withWorkers(1).withBudget(budget));
    archive.startProcessing();
    return archive;
  }

  private static void assertFailedOverBudget(Archive archive, Job job, Reason reason) {
    assertEquals(JobStatus.FAILED, job.status(), () -> "job: " + job);
    assertEquals(reason.code(), job.error(), "the budget it went over, as the code every door shows");
    assertEquals(1, job.attempts(), "a document over budget is not tried again: it would be over again");
    Document document = archive.documents().find(job.documentId(), Reader.commandLine("test")).orElseThrow();
    assertEquals(DocumentStatus.FAILED, document.status());
    assertEquals(job.error(), document.failureReason());
    assertTrue(archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow().pages().isEmpty(), "never kept in part");
  }

  private static void assertTheWorkerReadsTheNextDocument(Archive archive) throws InterruptedException {
    Job next = ArchiveTestSupport.importAndWait(archive, "ct41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    assertEquals(JobStatus.DONE, next.status(), () -> "job: " + next);
    assertEquals(List.of(next.documentId()),
        archive.search().find(new SearchRequest("41-CT/TW", 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).limit(1).toList());
  }
}
