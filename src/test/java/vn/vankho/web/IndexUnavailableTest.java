package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/**
 * The built-in Lucene index cannot be read under a running server (its folder taken away, as a failed disk or an
 * unmounted volume does): a search is answered 503 with the Vietnamese message that says to try again, on the page
 * and in the API, never a 500 or a stack trace; the rest of the archive answers as before, and once the folder is
 * back the same search finds the same document, without a restart.
 */
class IndexUnavailableTest {
  static final String ARCHIVIST = "luutru";
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Archive archive;
  Javalin server;
  WebClient client;
  long document;

  @BeforeEach
  void start() throws Exception {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    IntakeResult note = archive.intake().accept(NumberedNotes.fileName(1),
        new ByteArrayInputStream(NumberedNotes.bytes(1)), Uploader.account(ARCHIVIST, "127.0.0.1"));
    archive.jobs().await(List.of(note.jobId()), Duration.ofMinutes(2));
    document = note.documentId();
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
    client = new WebClient(server.port());
    assertEquals(302, client.login(ARCHIVIST, PASSWORD).statusCode());
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  @Test
  void aSearchWhileTheIndexCannotBeReadIs503InVietnameseAndAnswersAgainOnceItIsBack() throws Exception {
    String search = "/api/search?q=" + NumberedNotes.word(1);
    HttpResponse<String> before = client.get(search);
    assertEquals(200, before.statusCode(), before.body());
    assertEquals(document, WebClient.json(before).get("hits").get(0).get("id").asLong());

    Path index = data.resolve("index");
    Path away = data.resolve("index-away");
    Files.move(index, away);
    HttpResponse<String> api = client.get(search);
    assertEquals(503, api.statusCode(), api.body());
    assertEquals(WebApp.INDEX_UNAVAILABLE, WebClient.json(api).get("error").asText());
    HttpResponse<String> searchPage = client.get("/?q=" + NumberedNotes.word(1));
    assertEquals(503, searchPage.statusCode(), searchPage.body());
    assertTrue(searchPage.body().contains(WebApp.INDEX_UNAVAILABLE), searchPage.body());
    for (HttpResponse<String> refused : List.of(api, searchPage)) {
      assertFalse(refused.body().contains("Exception") || refused.body().contains("at vn.vankho")
          || refused.body().contains(index.toString()), "no stack trace, no folder named: " + refused.body());
    }
    HttpResponse<String> page = client.get("/documents/" + document);
    assertEquals(200, page.statusCode(), "the document is still shown, from the database: " + page.body());
    assertTrue(page.body().contains(NumberedNotes.word(1)), page.body());
    assertEquals(200, client.get("/").statusCode(), "the recent documents too, and the session holds");

    Files.move(away, index);
    HttpResponse<String> after = client.get(search);
    assertEquals(200, after.statusCode(), "answers again without a restart: " + after.body());
    assertEquals(document, WebClient.json(after).get("hits").get(0).get("id").asLong());
  }
}
