package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.ingest.ocr.CharacterErrorRate;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.store.JobQueue;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;
import vn.vankho.text.Diacritics;

/**
 * A born-digital PDF whose last page has no text layer, through the real archive (PostgreSQL, Tesseract, Lucene): the
 * document is read, described and searchable at once, its last page waiting for OCR, and a job behind the imports
 * reads that page, so that in the end every page is searchable; when that reading fails, the page is flagged for
 * review with its reason and the document stays as it was read.
 */
class DeferredOcrTest {
  private static final String WAITING = "Trang chưa có lớp chữ, sẽ được nhận dạng chữ sau";
  /** A printed page, scanned: the appendix after the directive's signature. */
  private static final SamplePage SCANNED = SamplePages.page(0, Quality.CLEAN);
  private static final Duration WAIT = Duration.ofMinutes(2);

  @TempDir Path data;

  @Test
  void theDocumentIsSearchableAtOnceAndItsImagePageOnceReadBehindTheImportsEvenAfterARestart() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    byte[] pdf = directiveWithScannedAppendix();
    String scannedWords = wordsOnlyOnTheScan();
    long id;
    List<Long> waiting;
    try (Archive archive = Archive.open(settings.withWorkers(0)); TestWorker worker = new TestWorker(settings)) {
      archive.startProcessing();
      IntakeResult accepted = ArchiveTestSupport.offer(archive, "ct-41.pdf", pdf);
      id = accepted.documentId();
      assertTrue(worker.doNext(), "the reading of the file");
      Job read = archive.jobs().await(List.of(accepted.jobId()), WAIT).get(0);

      assertEquals(JobStatus.DONE, read.status(), read.error());
      DocumentView doc = view(archive, id);
      assertEquals("done", doc.status());
      assertEquals("41-CT/TW", doc.document().number(), "described at once, from its text layer");
      assertEquals(2, doc.pages().size());
      DocumentView.PageView last = doc.pages().get(1);
      assertEquals("awaiting-ocr", last.source());
      assertEquals(WAITING, last.note());
      assertEquals("", last.text());
      assertFalse(last.needsReview(), "a page waiting for OCR is not a problem to review");
      assertTrue(ids(archive, "thi đua yêu nước").contains(id), "searchable at once by its text layer");
      assertFalse(ids(archive, scannedWords).contains(id), "the scanned page is not read yet: " + scannedWords);
      waiting = archive.jobs().waitingPagesOf(List.of(id));
      assertEquals(1, waiting.size(), "one job reads the waiting page");
      assertEquals(Job.OCR_PAGES, archive.jobs().find(waiting.get(0), Reader.commandLine("test")).orElseThrow().kind());
    }

    // the process stopped before the job ran: the next one takes it up from the database
    try (Archive archive = Archive.open(settings.withWorkers(1))) {
      archive.startProcessing();
      Job ocr = archive.jobs().await(waiting, WAIT).get(0);

      assertEquals(JobStatus.DONE, ocr.status(), ocr.error());
      DocumentView doc = view(archive, id);
      assertEquals("done", doc.status());
      assertEquals("41-CT/TW", doc.document().number());
      DocumentView.PageView last = doc.pages().get(1);
      assertEquals("ocr", last.source());
      assertNull(last.note(), "the waiting note is gone");
      double cer = CharacterErrorRate.of(SCANNED.text(), last.text());
      assertTrue(cer <= 0.01, () -> "CER " + cer + ":\n" + last.text());
      assertTrue(last.imageUrl() != null, "the page image is kept to show beside the text, as at import");
      assertTrue(ids(archive, scannedWords).contains(id), "found by the words of the scanned page: " + scannedWords);
      assertTrue(ids(archive, "thi đua yêu nước").contains(id));
      assertEquals(List.of(), archive.jobs().waitingPagesOf(List.of(id)));
    }
  }

  @Test
  void aWaitingPageWhoseOcrFailsIsFlaggedWithItsReasonAndTheDocumentStays() throws Exception {
    // a last page 200 inches square: too many pixels to render for OCR
    byte[] pdf = withPage(TestFiles.pdf(List.of(Samples.DIRECTIVE)), new PDRectangle(14_400, 14_400));
    try (Archive archive = Archive.open(ArchiveTestSupport.settings(data).withWorkers(1))) {
      archive.startProcessing();
      Job read = ArchiveTestSupport.importAndWait(archive, "ct-41.pdf", pdf);
      assertEquals(JobStatus.DONE, read.status(), read.error());
      // the archive's worker takes the job at once, and may have ended it already: it is found among the document's
      List<Long> ocrJob = view(archive, read.documentId()).jobs().stream()
          .filter(j -> j.kind().equals(Job.OCR_PAGES)).map(DocumentView.JobView::id).toList();
      assertEquals(1, ocrJob.size());
      List<Job> ocr = archive.jobs().await(ocrJob, WAIT);

      assertEquals(JobStatus.DONE, ocr.get(0).status(), "the page failed, not the job");
      assertFlaggedAndKept(archive, read.documentId(), "image-too-large");
    }
  }

  @Test
  void aWaitingPageWhoseReadingKeepsStoppingItsWorkerIsGivenUpFlaggedAndTheDocumentStays() throws Exception {
    try (DirectiveRead read = new DirectiveRead()) {
      Job job = null;
      for (int attempt = 1; attempt <= 3; attempt++) { // a worker claims it and dies, three times
        job = read.queue.claimWithDocument("dying/worker-1", 60).orElseThrow().job();
        assertEquals(Job.OCR_PAGES, job.kind());
        assertEquals(1, read.queue.releaseJobsOf("dying"));
      }
      assertTrue(read.worker.doNext(), "the fourth claim gives the job up");

      Job ended = read.archive.jobs().await(List.of(job.id()), WAIT).get(0);
      assertEquals(JobStatus.FAILED, ended.status());
      assertEquals("gave-up", ended.error());
      assertFlaggedAndKept(read.archive, read.documentId, "gave-up");
    }
  }

  @Test
  void aReadingAgainEndsTheJobStillReadingTheOldWaitingPagesSoItNeitherSavesOverItNorFlagsItsPages() throws Exception {
    try (DirectiveRead read = new DirectiveRead()) {
      Archive archive = read.archive;
      long id = read.documentId;
      // a worker starts the OCR of the waiting page
      Job stale = read.queue.claimWithDocument("slow/worker-1", 600).orElseThrow().job();
      assertEquals(Job.OCR_PAGES, stale.kind());

      long reread = archive.corrections().reread(id, Reader.commandLine("test"));
      assertTrue(read.worker.doNext(), "the reading again, while the slow worker is still at its OCR");
      assertEquals(JobStatus.DONE, status(archive, reread));

      assertEquals(JobStatus.DONE, status(archive, stale.id()), "the old page's job ended by the new reading");
      assertFalse(read.queue.fail(stale, "slow/worker-1", "image-too-large"), "its lease is gone");
      DocumentView doc = view(archive, id);
      DocumentView.PageView last = doc.pages().get(1);
      assertEquals("awaiting-ocr", last.source(), "the new reading's waiting page, not flagged by the old job");
      assertFalse(last.needsReview());
      List<Long> waiting = archive.jobs().waitingPagesOf(List.of(id));
      assertEquals(1, waiting.size(), "the new reading queued its own job for the page");
      assertTrue(waiting.get(0) > reread);
      assertEquals(JobStatus.QUEUED, status(archive, waiting.get(0)));
    }
  }

  @Test
  void theReadingOfNewFilesComesBeforeThePagesLeftForOcr() throws Exception {
    try (DirectiveRead read = new DirectiveRead()) {
      Archive archive = read.archive;
      List<Long> waiting = archive.jobs().waitingPagesOf(List.of(read.documentId));
      IntakeResult plan = ArchiveTestSupport.offer(archive, "kh-229.pdf", TestFiles.pdf(List.of(Samples.PLAN)));
      assertTrue(plan.jobId() > waiting.get(0), "offered after the job for the waiting page was queued");

      assertTrue(read.worker.doNext());
      assertEquals(JobStatus.DONE, status(archive, plan.jobId()), "the new file is read first");
      assertEquals(JobStatus.QUEUED, status(archive, waiting.get(0)));
    }
  }

  @Test
  void thePagesLeftForOcrWaitWhileANewFileIsBeingRead() throws Exception {
    try (DirectiveRead read = new DirectiveRead()) {
      Archive archive = read.archive;
      JobQueue queue = read.queue;
      List<Long> waiting = archive.jobs().waitingPagesOf(List.of(read.documentId));
      IntakeResult plan = ArchiveTestSupport.offer(archive, "kh-229.pdf", TestFiles.pdf(List.of(Samples.PLAN)));
      assertEquals(plan.jobId(), queue.claimWithDocument("busy/worker-1", 60).orElseThrow().job().id(),
          "one worker reads the new file");

      assertTrue(queue.claimWithDocument("busy/worker-2", 60).isEmpty(),
          "the other does not start the OCR, which would take the cores from the new file's reading");
      assertEquals(1, queue.releaseJobsOf("busy"));
      assertTrue(read.worker.doNext());
      assertEquals(JobStatus.DONE, status(archive, plan.jobId()));
      assertEquals(waiting.get(0), queue.claimWithDocument("busy/worker-2", 60).orElseThrow().job().id(),
          "once it is read, the OCR");
    }
  }

  private static void assertFlaggedAndKept(Archive archive, long id, String reason) {
    DocumentView doc = view(archive, id);
    assertEquals("done", doc.status(), "the document stays read");
    assertEquals("41-CT/TW", doc.document().number());
    DocumentView.PageView last = doc.pages().get(1);
    assertTrue(last.needsReview());
    assertEquals(reason, last.problem());
    assertNull(last.note());
    assertEquals("text-layer", last.source(), "its text is its empty text layer, as a page whose OCR fails at import");
    assertTrue(ids(archive, "thi đua yêu nước").contains(id), "still found by its text layer");
    assertTrue(archive.documents().needingReview(10, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == id));
  }

  private static JobStatus status(Archive archive, long jobId) {
    return archive.jobs().find(jobId, Reader.commandLine("test")).orElseThrow().status();
  }

  private static DocumentView view(Archive archive, long id) {
    return archive.documents().view(id, Reader.commandLine("test")).orElseThrow();
  }

  private static List<Long> ids(Archive archive, String query) {
    return archive.search().find(new SearchRequest(query, 10, 0), Reader.commandLine("test")).hits().stream()
        .map(SearchHit::id).toList();
  }

  /** The three longest words with marks on the scanned page that the directive's text does not have. */
  private static String wordsOnlyOnTheScan() {
    String directive = Diacritics.fold(Samples.DIRECTIVE.toLowerCase());
    return Arrays.stream(SCANNED.text().split("[\\s,.;:()\"“”]+"))
        .filter(w -> !Diacritics.isPlain(w) && w.length() >= 5 && !directive.contains(Diacritics.fold(w.toLowerCase())))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .reduce((a, b) -> a + " " + b).orElseThrow();
  }

  /**
   * The archive, with no workers of its own, and a test worker that has read the directive with its scanned appendix,
   * its last page left waiting for OCR; the queue as other workers, in this process or another, see it.
   */
  private final class DirectiveRead implements AutoCloseable {
    final Archive archive;
    final TestWorker worker;
    final JobQueue queue;
    final long documentId;

    DirectiveRead() {
      ArchiveSettings settings = ArchiveTestSupport.settings(data);
      archive = Archive.open(settings.withWorkers(0));
      worker = new TestWorker(settings);
      queue = worker.queue();
      archive.startProcessing();
      documentId = ArchiveTestSupport.offer(archive, "ct-41.pdf", directiveWithScannedAppendix()).documentId();
      assertTrue(worker.doNext(), "the reading of the file");
    }

    @Override
    public void close() {
      worker.close();
      archive.close();
    }
  }

  /** The directive as a born-digital PDF, with the scanned page after it: a page without a text layer. */
  private static byte[] directiveWithScannedAppendix() {
    return TestFiles.withImagePage(TestFiles.pdf(List.of(Samples.DIRECTIVE)), SCANNED.image(), SCANNED.dpi());
  }

  /** {@code pdf} with one more page of {@code size}, with nothing on it. */
  private static byte[] withPage(byte[] pdf, PDRectangle size) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(size));
      document.save(out);
      return out.toByteArray();
    }
  }
}
