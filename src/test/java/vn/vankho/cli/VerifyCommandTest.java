package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.FixityReport;
import vn.vankho.archive.Json;
import vn.vankho.archive.Reader;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/** {@code vankho verify} as an operator runs it: a changed original and a changed or lost page image are named. */
class VerifyCommandTest {
  @TempDir Path data;
  @TempDir Path inbox;
  String database;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabases.freshDatabase();
  }

  private CommandRun run(String... args) {
    return CommandRun.of(data, database, args);
  }

  /** Overwrites a few bytes in the middle of a kept file, as a failing disk would. */
  private static void damage(Path kept) throws Exception {
    byte[] bytes = Files.readAllBytes(kept);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
      bytes[i] ^= 0x5a;
    }
    Files.write(kept, bytes);
  }

  @Test
  void aChangedOriginalAndAChangedPageImageAreReportedWithTheirDocumentsAndTheExitCodeSaysSo() throws Exception {
    Path plan = Files.write(inbox.resolve("kh229.pdf"), TestFiles.pdf(List.of(Samples.PLAN)));
    Path scan = PageRendering.writeJpeg(inbox.resolve("scan.jpg"), SamplePages.page(3, SamplePages.Quality.CLEAN));
    JsonNode imported = Json.mapper().readTree(run("import", "--json", plan.toString(), scan.toString()).out());
    long planId = imported.get(0).get("id").asLong();
    long scanId = imported.get(1).get("id").asLong();
    assertEquals("done", imported.get(1).get("status").asText(), imported.toString());

    try (Connection db = DriverManager.getConnection(database); Statement sql = db.createStatement()) {
      sql.execute("UPDATE pages SET image_sha256 = NULL"); // as in an archive kept before images had digests
    }
    CommandRun clean = run("verify");
    assertEquals(0, clean.code(), clean.out());
    assertTrue(clean.out().contains("checked 2 originals and 1 page images: all intact"), clean.out());

    String planSha;
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      planSha = archive.documents().find(planId, Reader.commandLine("test")).orElseThrow().sha256();
    }
    damage(data.resolve("files").resolve(planSha.substring(0, 2)).resolve(planSha.substring(2, 4)).resolve(planSha));
    Path image = data.resolve("page-images").resolve(Long.toString(scanId)).resolve("1.png");
    damage(image);

    CommandRun damaged = run("verify");
    assertEquals(1, damaged.code(), "a problem is an exit code a scheduler sees: " + damaged.out());
    assertTrue(damaged.out().contains("2 missing or changed"), damaged.out());
    assertTrue(damaged.out().contains("changed: document " + planId + " (kh229.pdf), original"), damaged.out());
    assertTrue(damaged.out().contains("changed: document " + scanId + " (scan.jpg), page 1 image"), damaged.out());

    Files.delete(image);
    JsonNode lost = Json.mapper().readTree(run("verify", "--json").out());
    assertEquals(2, lost.get("problems").size(), lost.toString());
    assertEquals("MISSING", lost.get("problems").get(1).get("state").asText(), lost.toString());

    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      FixityReport last = archive.records().lastVerify().orElseThrow();
      assertEquals(List.of(FixityReport.State.CHANGED, FixityReport.State.MISSING),
          last.problems().stream().map(FixityReport.Problem::state).toList(), "the last run is kept for admins");
      assertTrue(archive.documents().needingReview(10, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == planId),
          "the document whose original changed is listed for review");
    }
  }
}
