package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.Reader;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.model.Reason;
import vn.vankho.model.Role;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/** The web server for real: HTTP on a free port, a real archive behind it. */
class WebAppTest {
  static final String ARCHIVIST = "luutru";
  static final String ADMIN = "quantri";
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Archive archive;
  Javalin server;
  WebClient client;

  @BeforeEach
  void start() throws Exception {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(2));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate(ADMIN, PASSWORD, Role.ADMIN);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
    client = new WebClient(server.port());
    assertEquals(302, client.login(ARCHIVIST, PASSWORD).statusCode());
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.get(path);
  }

  private HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
    return client.upload(path, fileName, content);
  }

  private HttpResponse<String> postForm(String path, String form) throws Exception {
    return client.postForm(path, form);
  }

  private JsonNode json(HttpResponse<String> response) throws IOException {
    return WebClient.json(response);
  }

  private JsonNode awaitJob(long jobId) throws Exception {
    return client.awaitJob(jobId);
  }

  private static String q(String query) {
    return WebClient.q(query);
  }

  /** Uploads the provincial award decision and waits until it is read. */
  private JsonNode uploadDecision() throws Exception {
    byte[] decision;
    try (var in = WebAppTest.class.getResourceAsStream("/eval/docs/qd-512-ubnd-2025.txt")) {
      decision = in.readAllBytes();
    }
    JsonNode result = json(upload("/api/documents", "qd-512-ubnd-2025.txt", decision)).get(0);
    JsonNode job = awaitJob(result.get("jobId").asLong());
    assertEquals("DONE", job.get("status").asText());
    assertTrue(job.get("searchable").asBoolean(), "a done job says when search holds its document: " + job);
    return result;
  }

  @Test
  void theAwardsApiFindsConfirmedAwardsByEveryFilter() throws Exception {
    JsonNode result = uploadDecision();
    JsonNode awards = json(get("/api/documents/" + result.get("id").asLong())).get("awards");
    assertEquals(8, awards.size(), awards.toString());
    assertEquals(0, json(get("/api/awards")).size(), "proposed awards are not precedents yet");
    for (JsonNode award : awards) {
      String id = award.get("id").asText();
      if (award.get("awardee").asText().equals("Cil Mup")) {
        JsonNode rejected = json(client.postJson("/api/awards/" + id + "/reject", "{}"));
        assertEquals("rejected", rejected.get("status").asText(), rejected.toString());
      } else {
        HttpResponse<String> confirmed = postForm("/awards/" + id + "/confirm", "");
        assertEquals(302, confirmed.statusCode(), confirmed.body());
      }
    }
    String page = get("/documents/" + result.get("id").asLong()).body();
    assertTrue(page.contains("Khen thưởng trong quyết định") && page.contains("Đã bác bỏ")
        && page.contains("Hộ gia đình ông Lơ Mu Ha Thanh"), page);
    assertTrue(archive.records().audit(20).stream().anyMatch(e -> e.action().equals("confirm award")
        && e.actor().equals(ARCHIVIST)), archive.records().audit(20).toString());
    assertEquals(404, client.postJson("/api/awards/999999/confirm", "{}").statusCode(), "no such award");

    JsonNode found = json(get("/api/awards?form=" + q("Bằng khen") + "&level=province&kind=individual"
        + "&attribute=ethnic-minority&campaign=" + q("Người tốt") + "&unit=" + q("Đạ Tông") + "&from=2025&to=2025&q="
        + q("đất")));
    assertEquals(1, found.size(), found.toString());
    JsonNode hue = found.get(0);
    assertEquals("Ka Thị Huệ", hue.get("awardee").asText());
    assertEquals("512/QĐ-UBND", hue.get("documentNumber").asText());
    assertEquals("2025-03-10", hue.get("documentDate").asText());
    assertEquals(List.of("Hộ gia đình ông Lơ Mu Ha Thanh", "Ka Thị Huệ"),
        names(json(get("/api/awards?q=" + q("ĐẤT") + "&kind=")), "awardee").stream().sorted().toList());
    assertEquals(7, json(get("/api/awards?from=2025")).size());
    assertEquals(0, json(get("/api/awards?level=district")).size());
    assertEquals(0, json(get("/api/awards?to=2024")).size());
    assertEquals(400, get("/api/awards?kind=family").statusCode());
    assertEquals(400, get("/api/awards?from=năm").statusCode());

    HttpResponse<String> search = get("/awards?kind=individual&campaign=" + q("Người tốt"));
    assertEquals(200, search.statusCode());
    assertTrue(search.body().contains("<svg") && search.body().contains("Trần Thị Mai Anh")
        && !search.body().contains("Đoàn Thanh niên xã Rô Men"), search.body());
    long campaign = json(get("/api/campaigns")).get(0).get("campaign").get("id").asLong();
    String campaignPage = get("/campaigns/" + campaign).body();
    assertTrue(campaignPage.contains("Phong trào “Người tốt, việc tốt”") && campaignPage.contains("Năm 2025")
        && campaignPage.contains("<svg") && campaignPage.contains("512/QĐ-UBND"), campaignPage);
    String awardeePage = get("/awardees/" + hue.get("awardeeId").asLong()).body();
    assertTrue(awardeePage.contains("Quá trình khen thưởng") && awardeePage.contains("hiến 1.200 m2 đất"), awardeePage);
    assertEquals(404, get("/campaigns/999999").statusCode());
  }

  @Test
  void aFilteredPrecedentSearchExportsAsCsvASpreadsheetReads() throws Exception {
    JsonNode result = uploadDecision();
    long id = result.get("id").asLong();
    archive.awards().confirmAllProposed(id, ARCHIVIST);
    long hue = archive.documents().view(id, Reader.commandLine("test")).orElseThrow().awards().get(0).id();
    // a formula where a spreadsheet would run it, as OCR or a careless edit could write it
    assertEquals(200, client.postJson("/api/awards/" + hue, """
        {"awardee": "=HYPERLINK('http://x')", "awardeeKind": "individual", "unit": "xã Đạ Tông, huyện Đam Rông",
         "place": "xã Đạ Tông, huyện Đam Rông",
         "form": "Bằng khen", "authority": "Chủ tịch Ủy ban nhân dân tỉnh", "authorityLevel": "province",
         "achievement": "hiến 1.200 m2 đất", "attributes": ["ethnic-minority", "farmer"], "campaign": "Người tốt, việc tốt"}
        """).statusCode());

    assertEquals(400, client.postJson("/api/awards/" + hue, "{\"awardee\": ").statusCode(), "not JSON");
    assertEquals(400, client.postJson("/api/awards/" + hue, "{\"awardee\": \"\", \"form\": \"Bằng khen\"}").statusCode(),
        "no awardee");
    HttpResponse<String> export = get("/awards/export.csv?kind=individual&unit=" + q("Đam Rông"));
    assertEquals(200, export.statusCode());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(export.body().startsWith("\uFEFF"), "a byte order mark, so spreadsheets read UTF-8");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(export.body().substring(1))).getRecords();
    assertEquals(List.of("'=HYPERLINK('http://x')", "Trần Thị Mai Anh"),
        rows.stream().map(r -> r.get("Đối tượng")).sorted().toList(), "individuals in Đam Rông only");
    CSVRecord first = rows.stream().filter(r -> r.get("Đối tượng").startsWith("'=")).findFirst().orElseThrow();
    assertEquals("512/QĐ-UBND", first.get("Số quyết định"));
    assertEquals("2025-03-10", first.get("Ngày"));
    assertEquals("Cá nhân", first.get("Loại đối tượng"));
    assertEquals("xã Đạ Tông, huyện Đam Rông", first.get("Địa bàn"));
    assertEquals("Bằng khen", first.get("Hình thức khen thưởng"));
    assertEquals("Cấp tỉnh", first.get("Cấp khen thưởng"));
    assertEquals("Người dân tộc thiểu số; Nông dân", first.get("Đặc điểm"));
    assertEquals("Người tốt, việc tốt", first.get("Phong trào"));
    assertEquals("hiến 1.200 m2 đất", first.get("Thành tích"));
  }

  @Test
  void markupInAnAwardComesOutEscapedOnEveryPageThatShowsIt() throws Exception {
    long id = uploadDecision().get("id").asLong();
    long award = archive.documents().view(id, Reader.commandLine("test")).orElseThrow().awards().get(1).id();
    assertEquals(200, client.postJson("/api/awards/" + award, """
        {"awardee": "<img src=x onerror=alert(1)>", "awardeeKind": "individual", "unit": "<i>xã</i>",
         "form": "<b>Bằng khen</b>", "achievement": "<script>alert(2)</script>", "campaign": "<u>Người tốt</u>"}
        """).statusCode());
    long awardee = json(get("/api/awards?kind=individual")).get(0).get("awardeeId").asLong();
    long campaign = json(get("/api/campaigns")).get(0).get("campaign").get("id").asLong();
    for (String page : List.of("/awards", "/awardees", "/awardees/" + awardee, "/campaigns", "/campaigns/" + campaign,
        "/documents/" + id)) {
      String body = get(page).body();
      assertFalse(body.contains("<img src=x") || body.contains("<script>alert") || body.contains("<b>Bằng")
          || body.contains("<u>Người") || body.contains("<i>xã"), page + ":\n" + body);
    }
    assertTrue(get("/awards").body().contains("&lt;b&gt;Bằng khen&lt;/b&gt;"), "the chart's legend, escaped");
  }

  private static List<String> names(JsonNode list, String field) {
    List<String> names = new ArrayList<>();
    list.forEach(node -> names.add(node.get(field).asText()));
    return names;
  }

  @Test
  void uploadThroughTheApiThenSearchAndShowIt() throws Exception {
    HttpResponse<String> uploaded = upload("/api/documents", "chỉ thị 41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    JsonNode result = json(uploaded).get(0);
    assertEquals("accepted", result.get("status").asText());
    assertEquals("DONE", awaitJob(result.get("jobId").asLong()).get("status").asText());
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofSeconds(10));

    JsonNode found = json(get("/api/search?q=" + q("chi thi thi dua khen thuong") + "&limit=5"));
    assertEquals(1, found.get("total").asInt());
    JsonNode hit = found.get("hits").get(0);
    assertEquals(result.get("id").asLong(), hit.get("id").asLong());
    assertEquals("chỉ thị 41.pdf", hit.get("fileName").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.get("snippet").asText());

    JsonNode doc = json(get("/api/documents/" + hit.get("id").asLong()));
    assertEquals("text-layer", doc.get("pages").get(0).get("source").asText());

    HttpResponse<String> page = get("/?q=" + q("Chỉ thị 41"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("1 kết quả"), page.body());
    assertTrue(page.body().contains("<h3>Loại văn bản</h3>"), "facets beside the results");
    String narrowed = "/?q=" + q("Chỉ thị 41 loai:\"CT\"");
    assertTrue(page.body().contains("href=\"" + narrowed.replace("&", "&amp;") + "\""), "a facet narrows the search");
    assertTrue(get(narrowed).body().contains("1 kết quả"));
    assertTrue(get("/?q=" + q("Chỉ thị 41") + "&sort=date").body().contains("mới nhất trước"));
    HttpResponse<String> original = get("/documents/" + hit.get("id").asLong() + "/original");
    assertEquals(200, original.statusCode());
    assertTrue(original.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
  }

  @Test
  void theSameFileUploadedTwiceIsADuplicate() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    long id = json(upload("/api/documents", "a.pdf", pdf)).get(0).get("id").asLong();
    JsonNode second = json(upload("/api/documents", "b.pdf", pdf)).get(0);
    assertEquals("duplicate", second.get("status").asText());
    assertEquals(id, second.get("id").asLong());
  }

  @Test
  void badInputGetsAClearAnswerAndTheServerStaysUp() throws Exception {
    JsonNode empty = json(upload("/api/documents", "trống.pdf", new byte[0])).get(0);
    assertEquals("rejected", empty.get("status").asText());
    assertEquals("empty", empty.get("reason").asText());
    assertEquals(Reason.EMPTY.vietnamese(), empty.get("message").asText());

    JsonNode corrupt = json(upload("/api/documents", "hỏng.pdf", TestFiles.truncatedPdf(Samples.DIRECTIVE))).get(0);
    JsonNode job = awaitJob(corrupt.get("jobId").asLong());
    assertEquals("FAILED", job.get("status").asText());
    assertEquals("truncated", job.get("error").asText(), "cut short, not 'damaged' nor 'no text'");
    HttpResponse<String> page = get("/documents/" + corrupt.get("id").asLong());
    assertTrue(page.body().contains(Reason.TRUNCATED.vietnamese()), "the UI shows why, in Vietnamese");
    assertFalse(page.body().contains(Reason.TRUNCATED.english()), "and not in English");

    assertEquals(404, get("/api/documents/999999").statusCode());
    assertEquals(400, get("/api/documents/abc").statusCode());
    assertEquals(400, get("/api/search?q=x&limit=100000").statusCode());
    // a mistyped address is answered in Vietnamese, saying what was wrong, on pages and in the API alike
    Map<String, String> mistyped = Map.of(
        "/files?fonds=abc", "Tham số fonds phải là một số nguyên.",
        "/documents/abc", "Mã số trong đường dẫn phải là một số dương.",
        "/documents/" + corrupt.get("id").asLong() + "/pages/abc/image", "Số trang trong đường dẫn phải là một số dương.",
        "/api/search?q=x&limit=0", "Số kết quả mỗi trang (limit) phải từ 1 đến 100.",
        "/api/jobs/0", "Mã số trong đường dẫn phải là một số dương.");
    for (Map.Entry<String, String> address : mistyped.entrySet()) {
      HttpResponse<String> answer = get(address.getKey());
      assertEquals(400, answer.statusCode(), address.getKey());
      assertTrue(answer.body().contains(address.getValue()), address.getKey() + ": " + answer.body());
    }
    assertEquals(200, get("/").statusCode());
  }

  @Test
  void aTooLargeUploadIsRefused() throws Exception {
    HttpResponse<String> response = upload("/api/documents", "lớn.pdf", new byte[2 * 1024 * 1024]);
    assertEquals(413, response.statusCode());
    assertEquals("too-large", json(response).get("reason").asText());
    assertTrue(json(response).get("error").asText().endsWith("Giới hạn: 1 MB."), response.body());
    assertEquals(200, get("/").statusCode(), "the server stays up");
  }

  @Test
  void fileNamesAndTextFromDocumentsAreEscapedInPages() throws Exception {
    String hostile = "<img src=x onerror=alert(1)>.txt";
    String text = "Báo cáo <script>alert('xss')</script> thi đua";
    JsonNode result = json(upload("/api/documents", hostile, text.getBytes(StandardCharsets.UTF_8))).get(0);
    awaitJob(result.get("jobId").asLong());
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofSeconds(10));

    String documentPage = get("/documents/" + result.get("id").asLong()).body();
    assertFalse(documentPage.contains("<script>alert"), "document text is escaped");
    assertFalse(documentPage.contains("<img src=x"), "file name is escaped");
    assertTrue(documentPage.contains("&lt;script&gt;"));
    String results = get("/?q=" + q("thi đua")).body();
    assertFalse(results.contains("<script>alert"), "snippets are escaped");
    assertFalse(results.contains("<img src=x"));
  }

  @Test
  void markupThatOcrReadsOffAScanIsEscapedInPages() throws Exception {
    SamplePages.SamplePage page = SamplePages.render(
        List.of("Báo cáo kết quả thi đua năm 2025", "<b>Chú ý</b> <i>khen thưởng</i>"), SamplePages.Quality.CLEAN, 0);
    Path scan = PageRendering.writeJpeg(data.resolve("markup.jpg"), page);
    JsonNode result = json(upload("/api/documents", "markup.jpg", Files.readAllBytes(scan))).get(0);
    awaitJob(result.get("jobId").asLong());
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofSeconds(10));

    String read = json(get("/api/documents/" + result.get("id").asLong())).get("pages").get(0).get("text").asText();
    assertTrue(read.contains("<b>") || read.contains("<i>"), "OCR read the markup off the page: " + read);
    String documentPage = get("/documents/" + result.get("id").asLong()).body();
    assertFalse(documentPage.contains("<b>Chú") || documentPage.contains("<i>khen"), "OCR text is escaped");
    assertTrue(documentPage.contains("&lt;b&gt;") || documentPage.contains("&lt;i&gt;"));
    String results = get("/?q=" + q("khen thưởng chú ý")).body();
    assertFalse(results.contains("<b>Chú") || results.contains("<i>khen"), "snippets of OCR text are escaped");
  }

  private long uploadAndRead(String name, String resource) throws Exception {
    byte[] text;
    try (var in = WebAppTest.class.getResourceAsStream(resource)) {
      text = in.readAllBytes();
    }
    JsonNode result = json(upload("/api/documents", name, text)).get(0);
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofMinutes(1));
    return result.get("id").asLong();
  }

  @Test
  void theDocumentPageShowsCitationsByRelationAndTakesCorrections() throws Exception {
    long plan = uploadAndRead("kh-229-hu.txt", "/fixtures/kh-229-hu.ocr.txt");
    long provincial = uploadAndRead("kh-152-tu.txt", "/eval/docs/kh-152-tu-2025.txt");

    String page = get("/documents/" + plan).body();
    assertTrue(page.contains("<h3>Thực hiện</h3>"), "citations grouped by relation");
    assertTrue(page.contains("href=\"/documents/" + provincial + "\">152-KH/TU</a>"), "a resolved citation links");
    assertTrue(page.contains("41-CT/TW <span class=\"placeholder\">"), "an unresolved one is a placeholder");
    assertTrue(get("/documents/" + provincial).body().contains("Thực hiện văn bản này"), "cited by, grouped");

    HttpResponse<String> saved = postForm("/documents/" + plan + "/fields", "field=date&value=2025-03-15");
    assertEquals(302, saved.statusCode(), saved.body());
    String corrected = get("/documents/" + plan).body();
    assertTrue(corrected.contains("Sửa bởi " + ARCHIVIST), "who corrected it: the logged-in user");
    assertEquals("2025-03-15", json(get("/api/documents/" + plan)).get("date").asText());
    assertEquals(400, postForm("/documents/" + plan + "/fields", "field=date&value=15%2F3").statusCode());
    WebClient admin = new WebClient(server.port());
    admin.login(ADMIN, PASSWORD);
    String audit = admin.get("/audit").body();
    assertTrue(audit.contains("<td>" + ARCHIVIST + "</td><td>correct</td>"), audit);
    assertTrue(audit.contains("<td>" + ARCHIVIST + "</td><td>upload</td>"), "uploads are in the audit log");

    String tree = get("/documents/" + provincial + "/implementation").body();
    assertTrue(tree.contains("229-KH/HU"), tree);
    JsonNode treeJson = json(get("/api/documents/" + provincial + "/implementation"));
    assertEquals(plan, treeJson.get("root").get("children").get(0).get("id").asLong());
  }

  @Test
  void aScannedPageIsShownBesideItsTextAndItsProgressIsListed() throws Exception {
    Path jpeg = PageRendering.writeJpeg(data.resolve("scan.jpg"), SamplePages.page(3, SamplePages.Quality.CLEAN));
    JsonNode result = json(upload("/api/documents", "ảnh chụp.jpg", Files.readAllBytes(jpeg))).get(0);
    JsonNode job = awaitJob(result.get("jobId").asLong());
    assertEquals("DONE", job.get("status").asText(), job.toString());
    assertEquals(1, job.get("pagesDone").asInt());
    assertEquals(1, job.get("pagesTotal").asInt());

    String page = get("/documents/" + result.get("id").asLong()).body();
    String imageUrl = "/documents/" + result.get("id").asLong() + "/pages/1/image";
    assertTrue(page.contains("<img src=\"" + imageUrl + "\""), "the page image beside the text");
    HttpResponse<String> image = get(imageUrl);
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(404, get("/documents/" + result.get("id").asLong() + "/pages/2/image").statusCode());
    assertTrue(get("/jobs").body().contains("<progress max=\"1\" value=\"1\">"));
    assertEquals(200, get("/review").statusCode());
  }
}
