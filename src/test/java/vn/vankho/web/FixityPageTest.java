package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.FixityReport;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.model.Role;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;
import vn.vankho.testing.KeptOriginals;

/** The server checks the kept files on its schedule, and shows admins, and only them, what the last check found. */
class FixityPageTest {
  private static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Archive archive;
  Javalin server;

  @BeforeEach
  void start() {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate("quantri", PASSWORD, Role.ADMIN);
    archive.accounts().addOrUpdate("luutru", PASSWORD, Role.ARCHIVIST);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
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

  @Test
  void aScheduledCheckFindsAChangedOriginalAndAdminsSeeItOnTheFixityPage() throws Exception {
    WebClient admin = loggedIn("quantri");
    assertTrue(admin.get("/fixity").body().contains("Chưa lần kiểm tra nào"), "before any check");

    IntakeResult kept = archive.intake().accept("ct41 <b>.pdf", new ByteArrayInputStream(TestFiles.pdf(List.of(Samples.DIRECTIVE))),
        Uploader.account("luutru", "127.0.0.1"));
    archive.jobs().await(List.of(kept.jobId()), Duration.ofMinutes(1));
    Path original = KeptOriginals.in(data,
        archive.documents().find(kept.documentId(), Reader.commandLine("test")).orElseThrow().sha256());
    Files.write(original, "không còn là bản gốc".getBytes(StandardCharsets.UTF_8));

    archive.verifyEvery(Duration.ofMillis(200));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (archive.records().lastVerify().map(FixityReport::intact).orElse(true)) {
      assertTrue(Instant.now().isBefore(deadline), "the scheduled check ran and found the change");
      Thread.sleep(100);
    }

    String page = admin.get("/fixity").body();
    assertTrue(page.contains("1 tệp bị mất hoặc bị thay đổi"), page);
    assertTrue(page.contains("nội dung đã thay đổi"), page);
    assertTrue(page.contains("href=\"/documents/" + kept.documentId() + "\""), page);
    assertTrue(page.contains("ct41 &lt;b&gt;.pdf"), "the file name is escaped: " + page);
    assertEquals(403, loggedIn("luutru").get("/fixity").statusCode(), "the fixity page is for admins");
  }
}
