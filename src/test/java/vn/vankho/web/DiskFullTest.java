package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The file store's disk fills up during uploads: a 4 MB tmpfs mounted as the data folder's file store
 * (so the test needs root, as CI has). Uploads fail with {@code disk-full}, nothing half-written stays,
 * and once space returns the same upload goes through.
 */
class DiskFullTest {
  static final String ARCHIVIST = "luutru";
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  Path store;
  Archive archive;
  Javalin server;
  WebClient client;

  @BeforeEach
  void start() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root, as CI runs");
    store = Files.createDirectories(data.resolve("files"));
    run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", store.toString());
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 20 * 1024 * 1024)).start();
    client = new WebClient(server.port());
    assertEquals(302, client.login(ARCHIVIST, PASSWORD).statusCode());
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (archive != null) {
      archive.close();
    }
    if (store != null) {
      run("umount", store.toString());
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + said);
  }

  /** Fills the disk but for {@code spare} bytes, with a file that is not the archive's. */
  private Path fillLeaving(long spare) throws IOException {
    Path filler = store.resolve("filler");
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (Files.getFileStore(store).getUsableSpace() > spare) {
        out.write(block);
        out.flush();
      }
    }
    return filler;
  }

  @Test
  void anUploadOntoAFullDiskFailsCleanlyAndSucceedsOnceSpaceReturns() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE, Samples.PLAN));
    Path filler = fillLeaving(8 * 1024);
    assertTrue(pdf.length > 8 * 1024, "the file does not fit: " + pdf.length);

    JsonNode small = WebClient.json(client.upload("/api/documents", "ct41.pdf", pdf)).get(0);
    assertEquals("rejected", small.get("status").asText(), small.toString());
    assertEquals("disk-full", small.get("reason").asText());

    HttpResponse<String> large = client.upload("/api/documents", "lớn.pdf", HostileUploadTest.randomBytes(3 << 20));
    assertEquals(507, large.statusCode(), "a part too large for memory meets the full disk in the web server");
    assertEquals("disk-full", WebClient.json(large).get("reason").asText());

    assertEquals(List.of(filler), HostileUploadTest.filesIn(store), "nothing half-written stays");
    assertTrue(archive.documents().recent(10, 0, Reader.commandLine("test")).isEmpty(), "and no record of it");
    assertEquals(200, client.get("/").statusCode(), "the server answers");

    Files.delete(filler);
    JsonNode again = WebClient.json(client.upload("/api/documents", "ct41.pdf", pdf)).get(0);
    assertEquals("accepted", again.get("status").asText(), again.toString());
    assertEquals("DONE", client.awaitJob(again.get("jobId").asLong()).get("status").asText());
    long deadline = System.nanoTime() + 30_000_000_000L;
    int found;
    while ((found = WebClient.json(client.get("/api/search?q=" + WebClient.q("41-CT/TW"))).get("total").asInt()) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(200); // the index catches up a moment after the job ends
    }
    assertEquals(1, found);
  }
}
