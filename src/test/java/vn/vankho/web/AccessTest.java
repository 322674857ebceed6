package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.web.WebClient.json;
import static vn.vankho.web.WebClient.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.Reader;
import vn.vankho.model.Role;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/** Accounts, roles, CSRF, sessions and hostile input, through the real server. */
class AccessTest {
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Archive archive;
  Javalin server;

  @BeforeEach
  void start() {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate("luutru", PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate("bandoc", PASSWORD, Role.READER);
    archive.accounts().addOrUpdate("quantri", PASSWORD, Role.ADMIN);
    server = serve(new WebSettings("127.0.0.1", 0, 1024 * 1024));
  }

  private Javalin serve(WebSettings settings) {
    return WebApp.create(archive, settings).start();
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  private WebClient loggedIn(String name) throws Exception {
    WebClient client = new WebClient(server.port());
    assertEquals(302, client.login(name, PASSWORD).statusCode());
    return client;
  }

  private long uploaded(WebClient client, String name, byte[] content) throws Exception {
    JsonNode result = json(client.upload("/api/documents", name, content)).get(0);
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofMinutes(1));
    return result.get("id").asLong();
  }

  @Test
  void withoutLoginPagesSendToTheLoginFormAndTheApiAnswers401() throws Exception {
    WebClient anonymous = new WebClient(server.port());
    HttpResponse<String> page = anonymous.get("/?q=thi+dua");
    assertEquals(302, page.statusCode());
    assertEquals("/login?next=" + q("/?q=thi+dua"), page.headers().firstValue("Location").orElseThrow());
    assertEquals(401, anonymous.get("/api/search?q=x").statusCode());
    assertEquals(401, anonymous.upload("/api/documents", "a.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertTrue(anonymous.get("/login").body().contains("Đăng nhập"));
  }

  @Test
  void aWrongPasswordIsRefusedAndRecordedAndFiveLockTheNameOut() throws Exception {
    WebClient client = new WebClient(server.port());
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = client.login("luutru", "sai mật khẩu " + i);
      assertEquals(401, wrong.statusCode());
      assertTrue(wrong.body().contains("Sai tên đăng nhập hoặc mật khẩu."));
    }
    HttpResponse<String> locked = client.login("luutru", PASSWORD);
    assertEquals(429, locked.statusCode(), "even the right password waits out the lock-out");
    assertTrue(locked.body().contains("thử lại sau một phút"));
    assertEquals(302, new WebClient(server.port()).login("bandoc", PASSWORD).statusCode(), "other names are not locked");
    assertTrue(archive.records().audit(20).stream().anyMatch(e -> e.action().equals("login failed") && e.actor().equals("luutru")));
    assertTrue(archive.records().audit(20).stream().anyMatch(e -> e.action().equals("login") && e.actor().equals("bandoc")));
  }

  @Test
  void aReaderSeesNoChangeControlsAndIsRefusedByTheServer() throws Exception {
    long id = uploaded(loggedIn("luutru"), "ct-41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    WebClient reader = loggedIn("bandoc");
    String page = reader.get("/documents/" + id).body();
    assertFalse(page.contains("/fields\""), "no correction form");
    assertFalse(page.contains("/reread\""), "no reread form");
    assertFalse(page.contains("href=\"/upload\""), "no upload link");
    assertFalse(page.contains("href=\"/audit\""));
    assertEquals(403, reader.upload("/api/documents", "b.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(403, reader.postJson("/api/documents/" + id + "/fields", "{\"field\":\"date\",\"value\":\"2020-01-01\"}").statusCode());
    for (String path : List.of("/documents/" + id + "/fields", "/documents/" + id + "/reread", "/units", "/units/1/delete")) {
      assertEquals(403, reader.postForm(path, "field=date&value=2020-01-01&name=x&parent=y").statusCode(), path);
    }
    for (String path : List.of("/upload", "/upload/", "/audit", "/audit/", "/users/")) {
      assertEquals(403, reader.get(path).statusCode(), path + " is judged as the route it reaches");
    }
    for (String path : List.of("/%61udit", "//audit", "/./audit", "/AUDIT", "/audit%2F")) {
      assertEquals(404, reader.get(path).statusCode(), path + " reaches no route");
    }
    assertEquals(403, loggedIn("luutru").get("/audit").statusCode(), "the audit log is for admins");
    assertEquals(200, loggedIn("quantri").get("/audit").statusCode());
    assertEquals("2024-12-26", json(reader.get("/api/documents/" + id)).get("date").asText(), "nothing changed");
  }

  @Test
  void anAdminAddsChangesAndLocksAccountsAndEveryChangeIsAudited() throws Exception {
    WebClient admin = loggedIn("quantri");
    assertEquals(302, admin.postForm("/users", "name=" + q("Nguyễn.Thu") + "&password=" + q(PASSWORD) + "&role=reader")
        .statusCode());
    WebClient thu = loggedIn("nguyễn.thu");
    assertEquals(200, thu.get("/").statusCode());
    assertEquals(403, thu.get("/users").statusCode(), "accounts are for admins");

    assertEquals(302, admin.postForm("/users/role", "name=" + q("nguyễn.thu") + "&role=archivist").statusCode());
    assertEquals(200, loggedIn("nguyễn.thu").get("/upload").statusCode(), "an archivist now");

    assertEquals(302, admin.postForm("/users/lock", "name=" + q("nguyễn.thu")).statusCode());
    assertEquals(302, thu.get("/").statusCode(), "a locked account's open session ends");
    assertEquals(401, new WebClient(server.port()).login("nguyễn.thu", PASSWORD).statusCode(), "and it cannot log in");
    assertTrue(admin.get("/users").body().contains("Đã khóa"));
    assertEquals(302, admin.postForm("/users/unlock", "name=" + q("nguyễn.thu")).statusCode());
    assertEquals(302, new WebClient(server.port()).login("nguyễn.thu", PASSWORD).statusCode());

    String newPassword = "một mật khẩu mới dài";
    WebClient before = loggedIn("nguyễn.thu");
    assertEquals(302, admin.postForm("/users/password", "name=" + q("nguyễn.thu") + "&password=" + q(newPassword))
        .statusCode());
    assertEquals(302, before.get("/").statusCode(), "a new password ends the old sessions");
    assertEquals(302, new WebClient(server.port()).login("nguyễn.thu", newPassword).statusCode());

    assertEquals(400, admin.postForm("/users/lock", "name=quantri").statusCode(), "not one's own account");
    assertEquals(400, admin.postForm("/users/role", "name=quantri&role=reader").statusCode(), "nor one's own rights");
    assertEquals(409, admin.postForm("/users", "name=luutru&password=" + q(PASSWORD) + "&role=reader").statusCode(),
        "a taken name");
    assertEquals(400, admin.postForm("/users", "name=ngan&password=ngan&role=reader").statusCode(), "a short password");
    assertEquals(403, loggedIn("luutru").postForm("/users/lock", "name=bandoc").statusCode(), "archivists cannot");
    List<String> actions = archive.records().audit(50).stream().filter(e -> e.actor().equals("quantri")).map(e -> e.action())
        .toList();
    assertTrue(actions.containsAll(List.of("add account", "change role", "lock account", "unlock account",
        "set password")), actions.toString());
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
    WebClient archivist = loggedIn("luutru");
    long id = uploaded(archivist, "ct-41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    assertEquals(403, archivist.postFormWithoutToken("/documents/" + id + "/fields", "field=date&value=2020-01-01").statusCode());
    assertEquals(403, archivist.postFormWithoutToken("/documents/" + id + "/fields", "csrf=guess&field=date&value=2020-01-01").statusCode());
    assertEquals(403, archivist.upload("/api/documents", "b.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8), false).statusCode());
    assertEquals(403, archivist.postFormWithoutToken("/logout", "").statusCode());
    assertEquals(403, new WebClient(server.port()).postFormWithoutToken("/login", "name=luutru&password=" + q(PASSWORD)).statusCode(),
        "the login form has its own token");
    assertEquals(302, archivist.postForm("/documents/" + id + "/fields", "field=date&value=2020-01-01").statusCode());
  }

  @Test
  void loginGivesANewSessionIdAndLogoutEndsIt() throws Exception {
    WebClient victim = new WebClient(server.port());
    victim.setSessionCookie("planted-by-an-attacker");
    assertEquals(302, victim.login("luutru", PASSWORD).statusCode());
    String first = victim.sessionCookie();
    assertNotEquals("planted-by-an-attacker", first);

    WebClient attacker = new WebClient(server.port());
    attacker.setSessionCookie("planted-by-an-attacker");
    assertEquals(401, attacker.get("/api/search?q=x").statusCode(), "the planted id opens nothing");

    assertEquals(302, victim.login("luutru", PASSWORD).statusCode());
    assertNotEquals(first, victim.sessionCookie(), "a second login gets another id");
    WebClient stolen = new WebClient(server.port());
    stolen.setSessionCookie(first);
    assertEquals(401, stolen.get("/api/search?q=x").statusCode(), "the old session ended at the new login");

    String current = victim.sessionCookie();
    assertEquals(302, victim.postForm("/logout", "").statusCode());
    WebClient replay = new WebClient(server.port());
    replay.setSessionCookie(current);
    assertEquals(401, replay.get("/api/search?q=x").statusCode(), "logout ends the session on the server");
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndSecureAwayFromLocalhost() throws Exception {
    HttpResponse<String> local = new WebClient(server.port()).login("luutru", PASSWORD);
    String cookie = sessionSetCookie(local);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("; Secure"), "plain HTTP on localhost keeps working");

    server.stop();
    server = serve(new WebSettings("127.0.0.1", 0, 1024 * 1024).withSecureCookies(SecureCookies.ALWAYS));
    // over plain HTTP the client cannot send a Secure cookie back, so look at the one the login form sets
    assertTrue(setCookie(new WebClient(server.port()).get("/login"), "vankho_login").contains("; Secure"));
  }

  private static String sessionSetCookie(HttpResponse<String> response) {
    return setCookie(response, Access.SESSION_COOKIE);
  }

  private static String setCookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .findFirst().orElseThrow();
  }

  @Test
  void anonymousReadingLetsPeopleReadButNotChange() throws Exception {
    long id = uploaded(loggedIn("luutru"), "ct-41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    server.stop();
    server = serve(new WebSettings("127.0.0.1", 0, 1024 * 1024).withAnonymousRead(true));
    WebClient visitor = new WebClient(server.port());
    assertEquals(200, visitor.get("/documents/" + id).statusCode());
    assertEquals(1, json(visitor.get("/api/search?q=" + q("chi thi 41"))).get("total").asInt());
    assertEquals(401, visitor.upload("/api/documents", "b.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(302, visitor.get("/audit").statusCode(), "the audit log still needs a login");
    assertEquals(302, visitor.get("/audit/").statusCode(), "by any spelling");
    assertEquals(302, visitor.get("/upload/").statusCode());
  }

  @Test
  void hostileFileNamesAreStoredByDigestAndShownEscaped() throws Exception {
    WebClient archivist = loggedIn("luutru");
    String nfd = "Ba\u0301o ca\u0301o.txt";
    List<String> names = List.of("../../etc/passwd", "..\\..\\x.pdf", nfd, "<img src=x onerror=alert(1)>.txt");
    int n = 0;
    for (String name : names) {
      JsonNode r = json(archivist.upload("/api/documents", name, ("Báo cáo số " + n++).getBytes(StandardCharsets.UTF_8))).get(0);
      assertEquals("accepted", r.get("status").asText(), name);
    }
    List<String> shown = archive.documents().recent(10, 0, Reader.commandLine("test")).stream().map(d -> d.fileName()).toList();
    assertTrue(shown.containsAll(List.of("passwd", "x.pdf", "Báo cáo.txt", "<img src=x onerror=alert(1)>.txt")), shown.toString());
    try (Stream<Path> files = Files.walk(data.resolve("files"))) {
      assertTrue(files.filter(Files::isRegularFile).allMatch(f -> f.getFileName().toString().matches("[0-9a-f]{64}")),
          "the store names files by digest only");
    }
    assertFalse(Files.exists(data.resolve("etc")) || Files.exists(data.getParent().resolve("x.pdf")));
    String jobs = archivist.get("/").body();
    assertFalse(jobs.contains("<img src=x"), "the name is escaped on the page");
    assertTrue(jobs.contains("&lt;img src=x onerror=alert(1)&gt;.txt"), jobs);
  }

  @Test
  void scriptInAMetadataFieldComesOutEscaped() throws Exception {
    WebClient archivist = loggedIn("luutru");
    long id = uploaded(archivist, "ct-41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    assertEquals(302, archivist.postForm("/documents/" + id + "/fields",
        "field=subject&value=" + q("<script>alert('trích yếu')</script>")).statusCode());
    String page = archivist.get("/documents/" + id).body();
    assertFalse(page.contains("<script>alert"), "the corrected subject is escaped");
    assertTrue(page.contains("&lt;script&gt;alert("), page);
  }

  @Test
  void afterLoginOnlyAPathOnThisSiteIsFollowed() {
    assertEquals("/documents/3", LoginController.localPath("/documents/3"));
    assertEquals("/", LoginController.localPath("//evil.example/"));
    assertEquals("/", LoginController.localPath("/\\evil.example/"));
    assertEquals("/", LoginController.localPath("/\t/evil.example/"));
    assertEquals("/", LoginController.localPath("https://evil.example/"));
  }
}
