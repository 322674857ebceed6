package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.ArchiveConsistency;
import vn.vankho.testing.ArchiveConsistency.Offered;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.S3TestServer;
import vn.vankho.testing.ServerProcess;
import vn.vankho.testing.TestDatabases;

/**
 * A server that does not read ({@code serve --workers 0}) and two {@code vankho worker} processes on one PostgreSQL
 * and one S3 store (a real S3 server, S3Proxy, started here) read 40 documents; one worker is killed with kill -9 while it reads a scan. Every document is
 * read by exactly one finished job, with its pages once, and the server finds each through its index.
 */
class WorkerProcessTest {
  private static final int NOTES = 37;
  /** Short, so that the killed worker's job is taken over within seconds. */
  private static final String LEASE_SECONDS = "10";

  private static final String BUCKET = "vankho";
  private static final String PREFIX = "so-noi-vu";

  @RegisterExtension
  final S3ProxyExtension s3 = S3TestServer.extension();

  @TempDir Path root;

  /** What the operator sets on every machine: the store, and the S3 server's address and credentials. */
  private Map<String, String> sharedStore() {
    Map<String, String> environment = new HashMap<>(S3TestServer.environment(s3));
    environment.put("VANKHO_STORE", "s3://" + BUCKET + "/" + PREFIX);
    return environment;
  }

  @Test
  void twoWorkerProcessesReadEveryDocumentOnceThoughOneIsKilledMidJob() throws Exception {
    String databaseUrl = TestDatabases.freshDatabase();
    Path data = root.resolve("data");
    List<Offered> offered = new ArrayList<>();
    Map<String, Long> answered = new HashMap<>();
    Map<Long, Integer> pagesOf = new HashMap<>();
    List<Process> workers = new ArrayList<>();
    S3Client bucket = S3TestServer.client(s3);
    bucket.createBucket(b -> b.bucket(BUCKET));
    try (ServerProcess server = ServerProcess.start(data, databaseUrl, 0, sharedStore())) {
      // scans first: the oldest jobs are claimed first, and a scan's pages take long enough to kill a worker in
      List<Offered> scans = List.of(
          new Offered("quyet-dinh-a.pdf", Files.readAllBytes(PageRendering.writePdf(root.resolve("a.pdf"),
              PageRendering.samplePages(3, SamplePages.Quality.CLEAN))), null),
          new Offered("quyet-dinh-b.tif", Files.readAllBytes(PageRendering.writeTiff(root.resolve("b.tif"),
              PageRendering.samplePages(3, SamplePages.Quality.CLEAN))), null),
          new Offered("quyet-dinh-c.pdf", Files.readAllBytes(PageRendering.writePdf(root.resolve("c.pdf"),
              PageRendering.samplePages(2, SamplePages.Quality.CLEAN))), null));
      int[] scanPages = {3, 3, 2};
      for (int i = 0; i < scans.size(); i++) {
        pagesOf.put(upload(server, scans.get(i), offered, answered), scanPages[i]);
      }
      for (int n = 0; n < NOTES; n++) {
        Offered note = new Offered(NumberedNotes.fileName(n), NumberedNotes.bytes(n), NumberedNotes.word(n));
        pagesOf.put(upload(server, note, offered, answered), 1);
      }
      Thread.sleep(1500);
      assertEquals(offered.size(), count(databaseUrl, "SELECT count(*) FROM jobs WHERE status = 'QUEUED'"),
          "serve --workers 0 reads nothing");

      for (int w = 1; w <= 2; w++) {
        workers.add(ServerProcess.command(data, databaseUrl, sharedStore(), "worker-" + w, "worker", "--threads", "2",
            "--lease-seconds", LEASE_SECONDS));
      }
      // a worker reading a scan, one page of it read at least
      Instant deadline = Instant.now().plusSeconds(120);
      Optional<HeldJob> held = Optional.empty();
      while (held.isEmpty()) {
        assertTrue(Instant.now().isBefore(deadline), "no worker read a scan's page within two minutes:\n"
            + server.log("worker-1") + server.log("worker-2"));
        held = scanBeingRead(databaseUrl);
        Thread.sleep(50);
      }
      String owner = held.get().owner();
      Process victim = workers.stream().filter(p -> owner.contains(":" + p.pid() + "@")).findFirst()
          .orElseThrow(() -> new AssertionError("the job is held by " + owner + ", no worker process started here"));
      victim.destroyForcibly().waitFor();
      assertEquals("RUNNING", text(databaseUrl, "SELECT status FROM jobs WHERE id = " + held.get().jobId()),
          "the killed worker's job was still being read");
      // asked only now: a live worker may end the job between the look above and the page, and the page shows the
      // holders of running jobs; a killed one's job stays its own until the lease runs out
      assertTrue(server.get("/jobs").body().contains(owner), "the jobs page shows which worker holds the job");

      ArchiveConsistency.check(server, offered, answered, S3TestServer.originals(bucket, BUCKET, PREFIX));
      assertTrue(count(databaseUrl, "SELECT attempts FROM jobs WHERE id = " + held.get().jobId()) >= 2,
          "the other worker took the killed worker's job over");
      assertEquals(pagesOf, pagesPerDocument(databaseUrl), "each document has its pages once");
      assertEquals(0, count(databaseUrl, """
          SELECT count(*) FROM (SELECT 1 FROM citations GROUP BY document_id, number_key, relation, page
                                HAVING count(*) > 1) doubled"""), "no citation saved twice");
      List<String> keys = S3TestServer.keys(bucket, BUCKET);
      List<String> pageImages = keys.stream().filter(key -> key.startsWith(PREFIX + "/page-images/")).toList();
      assertEquals(offered.size(), keys.size() - pageImages.size(), "every original is kept once, in the bucket");
      assertEquals(3 + 3 + 2, pageImages.size(), "every scanned page's image is in the bucket: " + pageImages);
      for (Offered scan : scans) {
        assertEquals(200, server.get("/documents/" + answered.get(scan.fileName()) + "/pages/2/image").statusCode(),
            "the server shows a page image whichever worker made it");
      }
      for (Offered file : offered) {
        assertNull(ArchiveConsistency.inDataFolder(data).keptUnder(file.sha256()), "none in the data folder");
      }
      Process survivor = workers.stream().filter(p -> p != victim).findFirst().orElseThrow();
      assertTrue(survivor.isAlive(), "the other worker still runs");
    } finally {
      workers.forEach(Process::destroyForcibly);
    }
  }

  private record HeldJob(long jobId, String owner) {}

  private static long upload(ServerProcess server, Offered file, List<Offered> offered, Map<String, Long> answered)
      throws java.io.IOException {
    JsonNode answer = server.upload(file.fileName(), file.bytes());
    assertEquals("accepted", answer.get("status").asText(), answer.toString());
    offered.add(file);
    answered.put(file.fileName(), answer.get("id").asLong());
    return answer.get("id").asLong();
  }

  private static Optional<HeldJob> scanBeingRead(String databaseUrl) throws SQLException {
    try (Connection db = DriverManager.getConnection(databaseUrl); Statement sql = db.createStatement();
         ResultSet row = sql.executeQuery("""
             SELECT id, lease_owner FROM jobs
              WHERE status = 'RUNNING' AND pages_total > 1 AND pages_done >= 1 AND pages_done < pages_total
              ORDER BY id LIMIT 1""")) {
      return row.next() ? Optional.of(new HeldJob(row.getLong(1), row.getString(2))) : Optional.empty();
    }
  }

  private static Map<Long, Integer> pagesPerDocument(String databaseUrl) throws SQLException {
    Map<Long, Integer> pages = new HashMap<>();
    try (Connection db = DriverManager.getConnection(databaseUrl); Statement sql = db.createStatement();
         ResultSet row = sql.executeQuery("SELECT document_id, count(*) FROM pages GROUP BY document_id")) {
      while (row.next()) {
        pages.put(row.getLong(1), row.getInt(2));
      }
    }
    return pages;
  }

  private static long count(String databaseUrl, String query) throws SQLException {
    return Long.parseLong(text(databaseUrl, query));
  }

  private static String text(String databaseUrl, String query) throws SQLException {
    try (Connection db = DriverManager.getConnection(databaseUrl); Statement sql = db.createStatement();
         ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }
}
