package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Uploader;
import vn.vankho.model.Role;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.TestDatabases;

/** The file list, a file's page, moving documents, and destruction by two accounts, through the web. */
class FilePagesTest {
  static final String ARCHIVIST = "luutru";
  static final String ADMIN = "quantri";
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Archive archive;
  Javalin server;
  WebClient archivist;

  @BeforeEach
  void start() throws Exception {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(2));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate(ADMIN, PASSWORD, Role.ADMIN);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
    archivist = new WebClient(server.port());
    assertEquals(302, archivist.login(ARCHIVIST, PASSWORD).statusCode());
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  private List<Long> importNotes(int from, int count) throws Exception {
    List<Long> jobs = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      IntakeResult result = archive.intake().accept(NumberedNotes.fileName(n), new ByteArrayInputStream(NumberedNotes.bytes(n)),
          Uploader.account(ARCHIVIST, "127.0.0.1"));
      jobs.add(result.jobId());
      ids.add(result.documentId());
    }
    archive.jobs().await(jobs, Duration.ofMinutes(2));
    return ids;
  }

  /** Posts a form and follows its redirect to the page it leads to. */
  private String postAndFollow(WebClient client, String path, String form) throws Exception {
    HttpResponse<String> posted = client.postForm(path, form);
    assertEquals(302, posted.statusCode(), posted.body());
    return client.get(posted.headers().firstValue("Location").orElseThrow()).body();
  }

  private long createFile(String title, int year, String retention) throws Exception {
    HttpResponse<String> created = archivist.postForm("/files", "series=" + seriesId() + "&year=" + year
        + "&title=" + WebClient.q(title) + "&retention=" + WebClient.q(retention));
    assertEquals(302, created.statusCode(), created.body());
    return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replace("/files/", ""));
  }

  private long seriesId() {
    return archive.arrangement().series().get(0).id();
  }

  private void addFondsAndSeries() throws Exception {
    postAndFollow(archivist, "/fonds", "code=" + WebClient.q("000.00.00.H41") + "&name=" + WebClient.q("Ủy ban nhân dân xã Đạ Tông"));
    long fonds = archive.arrangement().fonds().get(0).id();
    String list = postAndFollow(archivist, "/series", "fonds=" + fonds + "&code=" + WebClient.q("TĐKT")
        + "&name=" + WebClient.q("Thi đua, khen thưởng"));
    assertTrue(list.contains("Mục lục hồ sơ") && list.contains("Chưa có hồ sơ nào."), list);
  }

  @Test
  void theFileListIsAPageAndACsvWithThePhuLucViFields() throws Exception {
    addFondsAndSeries();
    List<Long> notes = importNotes(1, 4);
    long file = createFile("Biên bản họp thôn <b>năm 2025</b>", 2025, "");
    String page = postAndFollow(archivist, "/files/" + file + "/move", "ids=" + WebClient.q(notes.get(0) + ", " + notes.get(1)));
    assertTrue(page.contains("Đã chuyển 2 văn bản vào hồ sơ."), page);
    page = postAndFollow(archivist, "/files/" + file + "/move", "query=" + WebClient.q(NumberedNotes.word(3)));
    assertTrue(page.contains("Đã chuyển 1 văn bản vào hồ sơ."), page);
    String documentPage = postAndFollow(archivist, "/documents/" + notes.get(3) + "/file", "file=" + file);
    assertTrue(documentPage.contains("Chuyển vào hồ sơ"), "one by one, from the document's own page");
    page = archivist.get("/files/" + file).body();
    assertTrue(page.contains("Mã hồ sơ") && page.contains("000.00.00.H41.2025.01.TĐKT")
        && page.contains("10 năm (theo bảng thời hạn bảo quản)"), page);
    assertFalse(page.contains("<b>năm 2025</b>"), "a title is shown as text, escaped");
    assertFalse(page.contains("Đề xuất hủy"), "a file within its period offers no destruction");

    long permanent = createFile("Quyết định khen thưởng năm 2025", 2025, "Vĩnh viễn");
    String list = archivist.get("/files").body();
    assertTrue(list.contains("000.00.00.H41.2025.02.TĐKT") && list.contains("Vĩnh viễn") && list.contains("Thời hạn bảo quản"), list);
    assertTrue(permanent > file);

    HttpResponse<String> csv = archivist.get("/files.csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body().substring(1))).getRecords();
    assertEquals(2, rows.size());
    assertEquals("000.00.00.H41.2025.01.TĐKT", rows.get(0).get("Mã hồ sơ"));
    assertEquals("Biên bản họp thôn <b>năm 2025</b>", rows.get(0).get("Tiêu đề hồ sơ"));
    assertEquals("4", rows.get(0).get("Số lượng văn bản"));
    assertEquals("10 năm", rows.get(0).get("Thời hạn bảo quản"));
    assertEquals("Vĩnh viễn", rows.get(1).get("Thời hạn bảo quản"));
    assertEquals("Công khai", rows.get(1).get("Chế độ sử dụng"));
    assertEquals("Tiếng Việt", rows.get(1).get("Ngôn ngữ"));
  }

  @Test
  void destructionIsProposedByAnArchivistApprovedByAnAdminAndListedForEver() throws Exception {
    addFondsAndSeries();
    List<Long> notes = importNotes(30, 2);
    long file = createFile("Biên bản họp thôn năm 2012", 2012, "10");
    postAndFollow(archivist, "/files/" + file + "/move", "ids=" + notes.get(0) + "," + notes.get(1));
    assertTrue(archivist.get("/files/" + file).body().contains("Hồ sơ đã hết thời hạn bảo quản (10 năm kể từ 2012-12-31)"));
    String appraisal = archivist.get("/appraisal").body();
    assertTrue(appraisal.contains("000.00.00.H41.2012.01.TĐKT"), appraisal);

    appraisal = postAndFollow(archivist, "/files/" + file + "/propose-destruction", "reason=" + WebClient.q("Hết thời hạn"));
    assertTrue(appraisal.contains("Chờ phê duyệt") && !appraisal.contains("Phê duyệt hủy</button>"),
        "the proposer is offered no approval");
    long proposal = archive.arrangement().proposals().get(0).id();
    assertEquals(403, archivist.postForm("/destruction-proposals/" + proposal + "/approve", "").statusCode(),
        "an archivist cannot approve");
    assertEquals(200, archivist.get("/documents/" + notes.get(0)).statusCode(), "nothing destroyed yet");

    WebClient admin = new WebClient(server.port());
    assertEquals(302, admin.login(ADMIN, PASSWORD).statusCode());
    assertTrue(admin.get("/appraisal").body().contains("Phê duyệt hủy</button>"));
    String records = postAndFollow(admin, "/destruction-proposals/" + proposal + "/approve", "");
    assertTrue(records.contains("Danh sách tài liệu đã hủy") && records.contains("Hết thời hạn")
        && records.contains(ARCHIVIST) && records.contains(ADMIN), records);
    assertEquals(404, archivist.get("/documents/" + notes.get(0)).statusCode());
    assertEquals(0, WebClient.json(archivist.get("/api/search?q=" + NumberedNotes.word(30))).get("total").asInt());
    assertTrue(archivist.get("/destructions").body().contains("Họp thôn lần thứ 31"), "listable by the archivist too");
  }
}
