package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Uploader;
import vn.vankho.model.Document;
import vn.vankho.model.Fonds;
import vn.vankho.model.Role;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.TestDatabases;

/**
 * Bad input sent over HTTP to a real server on a real database: each is answered with the status that fits and a
 * message in Vietnamese (no English, no parser's words, no stack trace), nothing already kept is changed, and the
 * server answers the next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  static final String ARCHIVIST = "luutru";
  static final String ADMIN = "quantri";
  static final String PASSWORD = "mật khẩu đủ dài";
  static final String FONDS = "000.00.00.H41";
  private static final Pattern PAGE_MESSAGE = Pattern.compile("<p class=\"error\">([^<]*)</p>");
  /** Words of English messages; none is a Vietnamese word. */
  private static final Set<String> ENGLISH = Set.of("the", "must", "not", "no", "is", "of", "a", "an", "be",
      "expected", "cannot", "there", "already", "error", "server", "exception", "unexpected", "line", "column");

  private static final vn.vankho.archive.Reader THE_TEST = vn.vankho.archive.Reader.commandLine("test");

  @TempDir static Path data;
  String databaseUrl;
  Archive archive;
  Javalin server;
  WebClient archivist;
  WebClient admin;
  long document;
  long series;

  @BeforeAll
  void start() throws Exception {
    databaseUrl = TestDatabases.freshDatabase();
    archive = Archive.open(ArchiveSettings.of(data, databaseUrl).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate(ADMIN, PASSWORD, Role.ADMIN);
    Fonds fonds = archive.arrangement().addFonds(FONDS, "Ủy ban nhân dân xã Đạ Tông", ADMIN);
    series = archive.arrangement().addSeries(fonds.id(), "TĐKT", "Thi đua, khen thưởng", ADMIN).id();
    IntakeResult note = archive.intake().accept(NumberedNotes.fileName(1), new ByteArrayInputStream(NumberedNotes.bytes(1)),
        Uploader.account(ARCHIVIST, "127.0.0.1"));
    archive.jobs().await(List.of(note.jobId()), Duration.ofMinutes(2));
    document = note.documentId();
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
    archivist = new WebClient(server.port());
    assertEquals(302, archivist.login(ARCHIVIST, PASSWORD).statusCode());
    admin = new WebClient(server.port());
    assertEquals(302, admin.login(ADMIN, PASSWORD).statusCode());
  }

  @AfterAll
  void stop() {
    server.stop();
    archive.close();
  }

  @Test
  void aFondsOrSeriesCodeTakenIsAConflictNamingIt() throws Exception {
    String before = archive.arrangement().fonds().toString();
    HttpResponse<String> fonds = archivist.postForm("/fonds", "code=" + WebClient.q(FONDS) + "&name=" + WebClient.q("Phông khác"));
    assertRefused(409, fonds, FONDS);
    assertEquals(before, archive.arrangement().fonds().toString(), "the fonds kept is unchanged");

    long fondsId = archive.arrangement().fonds().get(0).id();
    String seriesBefore = archive.arrangement().series().toString();
    HttpResponse<String> taken = archivist.postForm("/series", "fonds=" + fondsId + "&code=" + WebClient.q("TĐKT")
        + "&name=" + WebClient.q("Tập khác"));
    assertRefused(409, taken, "TĐKT");
    HttpResponse<String> unknown = archivist.postForm("/series", "fonds=999999&code=KH&name=" + WebClient.q("Kế hoạch"));
    assertRefused(404, unknown, "999999");
    assertEquals(seriesBefore, archive.arrangement().series().toString(), "no series was added or changed");
    assertStillAnswers();
  }

  @Test
  void anAccountNameTakenIsAConflict() throws Exception {
    HttpResponse<String> account = admin.postForm("/users", "name=" + ARCHIVIST + "&password="
        + WebClient.q("một mật khẩu khác hẳn") + "&role=reader");
    assertRefused(409, account, ARCHIVIST);
    assertEquals(Role.ARCHIVIST, role(ARCHIVIST), "the account kept its role");
    assertEquals(302, new WebClient(server.port()).login(ARCHIVIST, PASSWORD).statusCode(), "and its password");

    assertStillAnswers();
  }

  @Test
  void anAdministratorsMistakesAreAnsweredInVietnamese() throws Exception {
    assertRefused(400, admin.postForm("/users/role", "name=" + ADMIN + "&role=reader"), null);
    assertRefused(400, admin.postForm("/users/lock", "name=" + ADMIN), null);
    assertRefused(404, admin.postForm("/users/role", "name=khongco&role=reader"), "khongco");
    assertRefused(400, admin.postForm("/users/password", "name=" + ARCHIVIST + "&password=ngan"), null);
    assertRefused(400, admin.postForm("/users", "name=" + WebClient.q("tên có dấu cách") + "&password="
        + WebClient.q(PASSWORD) + "&role=reader"), null);
    assertRefused(400, admin.postForm("/users/clearance", "name=" + ARCHIVIST + "&clearance=abc"), "abc");
    assertEquals(Role.ADMIN, role(ADMIN));
    assertFalse(archive.accounts().users().stream().anyMatch(u -> u.locked()), "no account was locked");
    assertEquals(302, new WebClient(server.port()).login(ARCHIVIST, PASSWORD).statusCode(), "the password is unchanged");
    assertStillAnswers();
  }

  @Test
  void aCorrectionThatIsNotAValueIsRefusedAndTheFieldKept() throws Exception {
    Document before = archive.documents().find(document, THE_TEST).orElseThrow();
    Map<String, String> wrong = Map.of(
        "date", "+99999999-01-01",
        "type", "XYZ",
        "number", "không phải số",
        "secrecy", "bí mật quốc gia",
        "subject", "x".repeat(20_000));
    for (Map.Entry<String, String> field : wrong.entrySet()) {
      HttpResponse<String> answer = archivist.postForm("/documents/" + document + "/fields",
          "field=" + field.getKey() + "&value=" + WebClient.q(field.getValue()));
      assertRefused(400, answer, null);
    }
    assertRefused(400, archivist.postForm("/documents/" + document + "/fields", "field=date&value=99999999-01-01"), null);
    assertRefused(404, archivist.postForm("/documents/999999/fields", "field=date&value=2025-01-01"), "999999");
    Document after = archive.documents().find(document, THE_TEST).orElseThrow();
    assertEquals(before.toString(), after.toString(), "no field changed");
    assertStillAnswers();
  }

  @Test
  void aBodyThatIsNotTheJsonExpectedIsABadRequestWithoutTheParsersWords() throws Exception {
    String fields = "/api/documents/" + document + "/fields";
    for (String body : List.of("{\"field\": ", "[1, 2]", "{\"field\": {\"a\": 1}}", "null")) {
      assertRefused(400, archivist.postJson(fields, body), null);
    }
    for (String body : List.of("{\"into\": ", "null", "[1]", "{}", "{\"into\": \"abc\"}")) {
      assertRefused(400, archivist.postJson("/api/awardees/1/merge", body), null);
    }
    assertRefused(400, archivist.postJson("/api/awards/1", "{\"awardee\": \"Nguyễn Văn A\", \"form\": \"Giấy khen\", "
        + "\"awardeeKind\": \"robot\"}"), "robot");
    assertStillAnswers();
  }

  @Test
  void aMergeIntoNothingIsABadRequest() throws Exception {
    assertRefused(400, archivist.postForm("/awardees/1/merge", "into="), null);
    assertRefused(400, archivist.postForm("/awardees/1/merge", "into=abc"), null);
    assertRefused(400, archivist.postForm("/awardees/1/apart", "other="), null);
    assertRefused(404, archivist.postForm("/awardees/1/merge", "into=2"), null);
    assertStillAnswers();
  }

  @Test
  void yearsOutOfRangeAreABadRequest() throws Exception {
    assertRefused(400, archivist.get("/api/awards?from=99999999"), null);
    assertRefused(400, archivist.get("/awards?from=2025&to=2000"), null);
    assertRefused(400, archivist.get("/api/awards?kind=robot"), "robot");
    assertRefused(400, archivist.get("/api/awards?limit=0"), null);
    assertRefused(400, archivist.postForm("/campaigns/1", "name=" + WebClient.q("Phong trào") + "&periodFrom=99999999"), null);
    int files = archive.arrangement().files(null, THE_TEST).size();
    assertRefused(400, archivist.postForm("/files", "series=" + series + "&year=99999999999&title=" + WebClient.q("Hồ sơ")), null);
    assertEquals(files, archive.arrangement().files(null, THE_TEST).size(), "no file was made");
    assertStillAnswers();
  }

  @Test
  void textLongerThanItsLimitIsRefusedNamingTheFieldAndTheLimit() throws Exception {
    String tooLong = WebClient.q("Đ".repeat(10_000));
    Map<String, String> forms = Map.of(
        "/files", "series=" + series + "&year=2025&title=" + tooLong,
        "/fonds", "code=H42&name=" + tooLong,
        "/series", "fonds=" + archive.arrangement().fonds().get(0).id() + "&code=KH&name=" + tooLong,
        "/units", "name=" + tooLong + "&parent=" + WebClient.q("Phường 1"));
    for (Map.Entry<String, String> form : forms.entrySet()) {
      HttpResponse<String> answer = archivist.postForm(form.getKey(), form.getValue());
      assertRefused(400, answer, null);
      assertTrue(message(answer).matches(".*\\d.*"), form.getKey() + " names the limit: " + message(answer));
    }
    assertTrue(archive.arrangement().files(null, THE_TEST).stream().noneMatch(f -> f.title().startsWith("ĐĐĐ")));
    assertEquals(1, archive.arrangement().fonds().size());
    assertEquals(1, archive.arrangement().series().size());
    assertTrue(archive.units().list().stream().noneMatch(u -> u.name().startsWith("ĐĐĐ")));
    assertStillAnswers();
  }

  @Test
  void aSearchOrLoginOutOfShapeIsAnsweredInVietnamese() throws Exception {
    assertRefused(400, archivist.get("/api/search?q=x&sort=abc"), "abc");
    assertRefused(400, archivist.get("/?q=x&sort=abc"), "abc");
    assertRefused(404, archivist.get("/api/khong-co"), null);
    assertRefused(400, archivist.postForm("/documents/" + document + "/fields", "value=x"), null);
    WebClient stranger = new WebClient(server.port());
    HttpResponse<String> longPassword = stranger.login(ARCHIVIST, "đ".repeat(200));
    assertEquals(401, longPassword.statusCode(), longPassword.body());
    assertTrue(longPassword.body().contains("Sai tên đăng nhập hoặc mật khẩu."), longPassword.body());
    HttpResponse<String> longName = stranger.login("đ".repeat(100_000), PASSWORD);
    assertEquals(401, longName.statusCode());
    assertTrue(archive.records().audit(5).stream().filter(e -> e.action().equals("login failed"))
        .allMatch(e -> e.actor().length() <= 65), "the audit log keeps no page of text as a name");
    assertStillAnswers();
  }

  @Test
  void aFileRefusedByTheRulesOfArrangementIsAnsweredInVietnamese() throws Exception {
    long file = archive.arrangement().createFile(series, 2025, "Hồ sơ thi đua năm 2025", "10", null, null, null, ARCHIVIST)
        .id();
    assertRefused(400, archivist.postForm("/files/" + file + "/propose-destruction", "reason=" + WebClient.q("Hết hạn")),
        "chưa hết thời hạn bảo quản");
    assertRefused(404, archivist.postForm("/files/999999/move", "ids=" + document), "999999");
    assertRefused(404, archivist.postForm("/files/" + file + "/move", "ids=999999"), "999999");
    assertRefused(400, archivist.postForm("/series", "fonds=" + archive.arrangement().fonds().get(0).id()
        + "&code=" + WebClient.q("K.H") + "&name=" + WebClient.q("Kế hoạch")), "K.H");
    assertRefused(400, archivist.postForm("/fonds", "code=H42%zz&name=x"), null);
    assertTrue(archive.arrangement().proposals().isEmpty(), "nothing was proposed");
    assertEquals(0, archive.documents().ofFile(file, THE_TEST).size(), "nothing was moved");
    assertEquals(1, archive.arrangement().series().size());
    assertStillAnswers();
  }

  @Test
  void aFormOverTheRequestLimitIsRefusedInVietnamese() throws Exception {
    HttpResponse<String> answer = archivist.postForm("/files", "series=" + series + "&year=2025&title="
        + "x".repeat(3 * 1024 * 1024));
    assertRefused(413, answer, null);
    assertTrue(archive.arrangement().files(null, THE_TEST).stream().noneMatch(f -> f.title().startsWith("xxx")),
        "no file was made");
    assertStillAnswers();
  }

  @Test
  void anAddressJettyRefusesIsAnsweredInVietnameseWithTheSecurityHeaders() throws Exception {
    for (String path : List.of("/%zz", "/documents/%2e%2e%2f%2e%2e/audit", "/files/%00")) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 4"), path + ": " + response);
        assertTrue(response.contains("Content-Security-Policy"), path + ": " + response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(body.matches("(?s).*[à-ỹđĐ].*"), path + " in Vietnamese: " + body);
      }
    }
    assertStillAnswers();
  }

  @Test
  void anUnexpectedFailureIsAVietnamesePageWithTheSecurityHeaders() throws Exception {
    try (Connection c = DriverManager.getConnection(databaseUrl); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE campaigns RENAME TO campaigns_away");
      try {
        HttpResponse<String> page = archivist.get("/campaigns");
        assertRefused(500, page, null);
        SecurityHeaders.ALL.forEach((name, value) -> assertEquals(value, page.headers().firstValue(name).orElse(null), name));
        assertRefused(500, archivist.get("/api/campaigns"), null);
      } finally {
        s.execute("ALTER TABLE campaigns_away RENAME TO campaigns");
      }
    }
    assertEquals(200, archivist.get("/campaigns").statusCode(), "the server answers once the table is back");
  }

  /**
   * The built-in Lucene index cannot be read under the running server (its folder taken away, as a failed disk or an
   * unmounted volume does): a search is a 503 saying to try again, not a 500; the documents, the recent list and the
   * session answer as before, and once the folder is back the same search finds the same document, without a restart.
   */
  @Test
  void aSearchWhileTheIndexCannotBeReadIsUnavailableAndAnswersOnceItIsBack() throws Exception {
    String search = "/api/search?q=" + NumberedNotes.word(1);
    assertEquals(document, WebClient.json(archivist.get(search)).get("hits").get(0).get("id").asLong());
    Path index = data.resolve("index");
    Path away = data.resolve("index-away");
    Files.move(index, away);
    try {
      HttpResponse<String> api = archivist.get(search);
      assertRefused(503, api, null);
      assertEquals(WebApp.INDEX_UNAVAILABLE, message(api));
      HttpResponse<String> page = archivist.get("/?q=" + NumberedNotes.word(1));
      assertRefused(503, page, null);
      assertEquals(WebApp.INDEX_UNAVAILABLE, message(page));
      HttpResponse<String> shown = archivist.get("/documents/" + document);
      assertEquals(200, shown.statusCode(), "the document is shown from the database: " + shown.body());
      assertTrue(shown.body().contains(NumberedNotes.word(1)), shown.body());
      assertEquals(200, archivist.get("/").statusCode(), "the recent documents too, in the same session");
    } finally {
      Files.move(away, index);
    }
    HttpResponse<String> again = archivist.get(search);
    assertEquals(200, again.statusCode(), "answers again without a restart: " + again.body());
    assertEquals(document, WebClient.json(again).get("hits").get(0).get("id").asLong());
  }

  /** The status, a message in Vietnamese naming {@code named} when given, and no trace of a Java exception. */
  private static void assertRefused(int status, HttpResponse<String> answer, String named) {
    assertEquals(status, answer.statusCode(), answer.body());
    String message = message(answer);
    assertTrue(message.matches("(?s).*[à-ỹđĐ].*"), "in Vietnamese: " + message);
    for (String word : message.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      assertFalse(ENGLISH.contains(word), "no English word '" + word + "': " + message);
    }
    if (named != null) {
      assertTrue(message.contains(named), "names " + named + ": " + message);
    }
    assertFalse(answer.body().contains("Exception") || answer.body().contains("at vn.vankho"), answer.body());
  }

  /** The message of an error page or of the API's {"error": ...}. */
  private static String message(HttpResponse<String> answer) {
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/json")) {
      try {
        JsonNode error = WebClient.json(answer).get("error");
        return error == null ? answer.body() : error.asText();
      } catch (java.io.IOException e) {
        return answer.body();
      }
    }
    Matcher page = PAGE_MESSAGE.matcher(answer.body());
    return page.find() ? org.jsoup.parser.Parser.unescapeEntities(page.group(1), false) : answer.body();
  }

  private Role role(String name) {
    return archive.accounts().users().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().role();
  }

  private void assertStillAnswers() throws Exception {
    assertEquals(200, archivist.get("/files").statusCode(), "the server still answers");
  }
}
