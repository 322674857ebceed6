package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;
import static vn.vankho.archive.ArchiveTestSupport.offer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Reason;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;

/** The archive end to end on a real PostgreSQL and a real index: import, read, search. */
class ArchiveIntegrationTest {
  @TempDir Path data;
  Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private List<Long> ids(String query) {
    return search(query).hits().stream().map(SearchHit::id).toList();
  }

  private SearchResults search(String query) {
    return archive.search().find(new SearchRequest(query, 10, 0), Reader.commandLine("test"));
  }

  @Test
  void pdfWithTextLayerIsReadPageByPageAndFoundWithAndWithoutDiacritics() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE, "Trang hai: khen thưởng kịp thời, đúng người, đúng việc."));
    Job job = importAndWait(archive, "chỉ thị 41.pdf", pdf);

    assertEquals(JobStatus.DONE, job.status(), job.error());
    DocumentView view = archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow();
    assertEquals(2, view.pages().size());
    assertEquals("text-layer", view.pages().get(0).source());
    assertTrue(view.pages().get(1).text().contains("đúng người, đúng việc"), view.pages().get(1).text());
    assertEquals(List.of(job.documentId()), ids("Chỉ thị thi đua, khen thưởng"));
    assertEquals(List.of(job.documentId()), ids("chi thi thi dua khen thuong"));
    assertEquals(List.of(job.documentId()), ids("CHI THI 41-CT/TW"));
  }

  @Test
  void docxWithVietnameseTextIsReadAndFound() throws Exception {
    Job job = importAndWait(archive, "kế hoạch 229.docx", TestFiles.docx(Samples.PLAN));

    assertEquals(JobStatus.DONE, job.status(), job.error());
    assertTrue(archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow().pages().get(0).text().contains("Người tốt, việc tốt"));
    assertEquals(List.of(job.documentId()), ids("nguoi tot viec tot dam rong"));
    assertEquals(List.of(job.documentId()), ids("Người tốt việc tốt Đam Rông"));
  }

  @Test
  void aQueryWithDiacriticsRanksTheExactSpellingFirst() throws Exception {
    long exact = importAndWait(archive, "a.txt", "Báo cáo về công tác thi đua của huyện.".getBytes(StandardCharsets.UTF_8)).documentId();
    long folded = importAndWait(archive, "b.txt", "Bao cao ve cong tac thi dua cua huyen (ban khong dau).".getBytes(StandardCharsets.UTF_8)).documentId();

    assertEquals(List.of(exact, folded), ids("thi đua"));
    assertTrue(ids("thi dua").containsAll(List.of(exact, folded)));
  }

  @Test
  void theSameBytesTwiceGiveTheExistingDocument() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    Job first = importAndWait(archive, "ct41.pdf", pdf);
    IntakeResult second = offer(archive, "ct41 (bản sao).pdf", pdf);

    assertEquals(IntakeResult.Status.DUPLICATE, second.status());
    assertEquals(first.documentId(), second.documentId());
    assertEquals(1, search("41-CT/TW").total());
  }

  /** Every file in the file store, the incoming folder included. */
  private List<Path> keptFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(data.resolve("files"))) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void anEmptyFileIsRejectedWithAReason() {
    IntakeResult result = offer(archive, "trống.pdf", new byte[0]);
    assertEquals(IntakeResult.Status.REJECTED, result.status());
    assertEquals(Reason.EMPTY, result.reason());
  }

  @Test
  void aFileOfAnUnsupportedTypeIsRejectedWithAReason() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    IntakeResult result = offer(archive, "tài liệu.pdf", zip);
    assertEquals(IntakeResult.Status.REJECTED, result.status());
    assertEquals(Reason.UNSUPPORTED_TYPE, result.reason());
    assertTrue(archive.documents().recent(10, 0, Reader.commandLine("test")).isEmpty(), "no record is left of a rejected file");
    assertEquals(List.of(), keptFiles(), "nor its bytes");
  }

  @Test
  void aCorruptPdfFailsItsJobWithAReasonAndTheOriginalIsKept() throws Exception {
    byte[] corrupt = TestFiles.truncatedPdf(Samples.DIRECTIVE);
    Job job = importAndWait(archive, "hỏng.pdf", corrupt);

    assertEquals(JobStatus.FAILED, job.status());
    Document document = archive.documents().find(job.documentId(), Reader.commandLine("test")).orElseThrow();
    assertEquals(DocumentStatus.FAILED, document.status());
    assertEquals(Reason.TRUNCATED.code(), document.failureReason());
    assertEquals(job.error(), document.failureReason());
    assertTrue(archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow().pages().isEmpty(), "no half-written pages");
    assertTrue(java.util.Arrays.equals(corrupt, archive.documents().original(document).readAllBytes()));
  }

  @Test
  void anEncryptedPdfFailsWithAReasonAboutThePassword() throws Exception {
    Job job = importAndWait(archive, "mật.pdf", TestFiles.encryptedPdf(Samples.DIRECTIVE));

    assertEquals(JobStatus.FAILED, job.status());
    assertEquals(Reason.ENCRYPTED.code(), job.error());
    assertNotNull(archive.documents().original(archive.documents().find(job.documentId(), Reader.commandLine("test")).orElseThrow()));
  }

  @Test
  void reindexGivesTheSameResults() throws Exception {
    importAndWait(archive, "ct.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    importAndWait(archive, "kh.docx", TestFiles.docx(Samples.PLAN));
    List<String> queries = List.of("thi dua", "41-CT/TW", "Đam Rông", "\"thi đua yêu nước\"", "khen thuong -dam");
    List<List<Long>> before = queries.stream().map(this::ids).toList();

    assertEquals(2, archive.reindex());

    assertEquals(before, queries.stream().map(this::ids).toList());
    assertTrue(before.stream().allMatch(ids -> !ids.isEmpty()), "every query finds something: " + before);
  }
}
