package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Field;
import vn.vankho.model.JobStatus;
import vn.vankho.text.Diacritics;

/** Reading documents in the pipeline, the citation graph between them, and archivists' corrections. */
class CitationGraphTest {
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

  private static String resource(String path) {
    try (InputStream in = CitationGraphTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long read(String name, String text) throws InterruptedException {
    var job = ArchiveTestSupport.importAndWait(archive, name, text.getBytes(StandardCharsets.UTF_8));
    assertEquals(JobStatus.DONE, job.status(), job.error());
    return job.documentId();
  }

  private DocumentView view(long id) {
    return archive.documents().view(id, Reader.commandLine("test")).orElseThrow();
  }

  private static DocumentView.CitationView cited(DocumentView doc, String number) {
    return doc.citations().stream().filter(c -> c.number().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError(number + " not among " + doc.citations()));
  }

  @Test
  void thePoorOcrFixtureIsReadAsItsExpectedMetadataSays() throws Exception {
    DocumentView plan = view(read("kh-229-hu.txt", resource("/fixtures/kh-229-hu.ocr.txt")));

    assertEquals("229-KH/HU", plan.document().number());
    assertEquals("KH", plan.document().type());
    assertEquals("Kế hoạch", plan.typeName());
    assertEquals("Ban Thường vụ Huyện ủy Đam Rông", plan.document().issuer());
    assertEquals("T/M Ban Thường vụ, Phó Bí thư", plan.document().signerTitle());
    assertEquals(Map.of("152-KH/TU", "implements", "41-CT/TW", "basis", "05-CT/TW", "mentions", "34-CT/TU", "mentions"),
        plan.citations().stream().collect(Collectors.toMap(DocumentView.CitationView::number, DocumentView.CitationView::relation)));
    assertEquals(LocalDate.of(2025, 2, 28), cited(plan, "152-KH/TU").date());
    assertEquals(LocalDate.of(2024, 12, 26), cited(plan, "41-CT/TW").date());
    // OCR lost the recipients' marks; what is left reads the same once folded
    assertTrue(plan.document().recipients().stream().map(Diacritics::searchForm).toList()
        .contains(Diacritics.searchForm("Ban Thi đua - Khen thưởng tỉnh")), plan.document().recipients().toString());
    assertEquals("machine", plan.provenance().get("number").source());
    assertTrue(plan.provenance().get("number").text().contains("229"), plan.provenance().get("number").text());
  }

  @Test
  void aCitationOfADocumentNotYetArchivedResolvesWhenItIsUploaded() throws Exception {
    long plan = read("kh-229-hu.txt", resource("/fixtures/kh-229-hu.ocr.txt"));
    assertNull(cited(view(plan), "152-KH/TU").resolvedId(), "a placeholder until 152-KH/TU is archived");

    long provincialPlan = read("kh-152-tu.txt", resource("/eval/docs/kh-152-tu-2025.txt"));

    assertEquals(provincialPlan, cited(view(plan), "152-KH/TU").resolvedId());
    DocumentView.CitationView citedBy = view(provincialPlan).citedBy().stream()
        .filter(c -> c.resolvedId() == plan).findFirst().orElseThrow();
    assertEquals("229-KH/HU", citedBy.number());
    assertEquals("implements", citedBy.relation());
  }

  @Test
  void numbersThatCollideResolveByIssuerAndYear() throws Exception {
    long central2014 = read("ct-34-tw.txt", resource("/eval/docs/ct-34-tw-2014.txt"));
    long provincial2024 = read("ct-34-tu.txt", resource("/eval/docs/ct-34-tu-2024.txt"));
    long citing = read("kh-152-tu.txt", resource("/eval/docs/kh-152-tu-2025.txt"));
    long oldPlan = read("kh-85-tu.txt", resource("/eval/docs/kh-85-tu-2014.txt"));

    assertEquals("34-CT/TW", view(central2014).document().number());
    assertEquals("34-CT/TU", view(provincial2024).document().number());
    assertEquals(provincial2024, cited(view(citing), "34-CT/TU").resolvedId());
    assertEquals(central2014, cited(view(oldPlan), "34-CT/TW").resolvedId());
  }

  @Test
  void theSameNumberInAnotherYearIsNotTakenForTheCitedOne() throws Exception {
    long plan2016 = read("kh-12-hu-2016.txt", """
        HUYỆN ỦY ĐAM RÔNG
        Số 12-KH/HU
        Đam Rông, ngày 10 tháng 5 năm 2016
        KẾ HOẠCH
        Về tổ chức phong trào thi đua năm 2016
        Ban Thường vụ Huyện ủy ban hành kế hoạch.""");
    long citing = read("bc-20-hu.txt", """
        HUYỆN ỦY ĐAM RÔNG
        Số 20-BC/HU
        Đam Rông, ngày 10 tháng 12 năm 2023
        BÁO CÁO
        Kết quả thực hiện Kế hoạch số 12-KH/HU
        Thực hiện Kế hoạch số 12-KH/HU ngày 15/3/2023 của Ban Thường vụ Huyện ủy, Ban Thường vụ báo cáo như sau.""");

    assertNull(cited(view(citing), "12-KH/HU").resolvedId(), "the plan of 2016 is not the plan of 2023");
    long plan2023 = read("kh-12-hu-2023.txt", """
        HUYỆN ỦY ĐAM RÔNG
        Số 12-KH/HU
        Đam Rông, ngày 15 tháng 3 năm 2023
        KẾ HOẠCH
        Về tổ chức phong trào thi đua năm 2023
        Ban Thường vụ Huyện ủy ban hành kế hoạch.""");
    assertEquals(plan2023, cited(view(citing), "12-KH/HU").resolvedId());
    assertTrue(view(plan2016).citedBy().isEmpty());
  }

  @Test
  void theImplementationTreeGoesDownThreeLevelsAndNamesTheUnitsThatHaveNotImplemented() throws Exception {
    long directive = read("ct-41-tw.txt", resource("/eval/docs/ct-41-tw-2024.txt"));
    long provincial = read("kh-152-tu.txt", resource("/eval/docs/kh-152-tu-2025.txt"));
    long damRong = read("kh-229-hu.txt", resource("/fixtures/kh-229-hu.ocr.txt"));
    long lacDuong = read("kh-187-hu.txt", resource("/eval/docs/kh-187-hu-2025.txt"));
    String provincialIssuer = view(provincial).document().issuer();
    archive.units().add("Huyện ủy Đam Rông", provincialIssuer, "test");
    archive.units().add("Huyện ủy Lạc Dương", provincialIssuer, "test");
    archive.units().add("Huyện ủy Di Linh", provincialIssuer, "test");

    ImplementationTree.Node root = archive.documents().implementation(directive, Reader.commandLine("test")).orElseThrow().root();
    assertEquals(List.of(provincial), root.children().stream().map(ImplementationTree.Node::id).toList());
    assertEquals(List.of(damRong, lacDuong).stream().sorted().toList(),
        root.children().get(0).children().stream().map(ImplementationTree.Node::id).sorted().toList());

    ImplementationTree.View ofProvincialPlan = archive.documents().implementation(provincial, Reader.commandLine("test")).orElseThrow();
    assertEquals(List.of("Huyện ủy Di Linh"), ofProvincialPlan.pending().stream().map(u -> u.name()).toList());
  }

  @Test
  void aCorrectionSurvivesReadingAgainAndReindexAndIsAudited() throws Exception {
    long id = read("kh-229-hu.txt", resource("/fixtures/kh-229-hu.ocr.txt"));
    archive.corrections().correct(id, Field.DATE, "2025-03-15", Reader.commandLine("test", "lưu trữ viên Hà"));
    archive.corrections().correct(id, Field.SIGNER_NAME, "Nguyễn Văn Bình", Reader.commandLine("test", "lưu trữ viên Hà"));

    long job = archive.corrections().reread(id, Reader.commandLine("test", "lưu trữ viên Hà"));
    assertEquals(JobStatus.DONE, archive.jobs().await(List.of(job), java.time.Duration.ofMinutes(1)).get(0).status());
    archive.reindex();

    DocumentView doc = view(id);
    assertEquals(LocalDate.of(2025, 3, 15), doc.document().date());
    assertEquals("Nguyễn Văn Bình", doc.document().signerName());
    assertEquals("archivist", doc.provenance().get("date").source());
    assertEquals("lưu trữ viên Hà", doc.provenance().get("date").by());
    assertEquals("229-KH/HU", doc.document().number(), "the machine's other readings are still there");
    assertEquals("2025-03-15", archive.search().find(new SearchRequest("229-KH/HU", 5, 0), Reader.commandLine("test")).hits().get(0).date());
    var audit = archive.records().audit(10);
    assertTrue(audit.stream().anyMatch(e -> "date".equals(e.field()) && e.before() == null && "2025-03-15".equals(e.after())
        && e.actor().equals("lưu trữ viên Hà")), audit.toString());
  }
}
