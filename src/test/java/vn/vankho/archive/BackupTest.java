package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.TestDatabases;

/** A backup carries the page images of scans with their checksums, and a damaged backup is refused before anything is written. */
class BackupTest {
  @TempDir Path root;

  @Test
  void aScanComesBackWithItsPageImageAndADamagedBackupIsRefusedWhole() throws Exception {
    Path source = root.resolve("source");
    Path backup = root.resolve("backup");
    Path scan = PageRendering.writeJpeg(root.resolve("scan.jpg"), SamplePages.page(5, SamplePages.Quality.CLEAN));
    long id;
    byte[] image;
    try (Archive archive = Archive.open(ArchiveTestSupport.settings(source))) {
      archive.startProcessing();
      Job read = importAndWait(archive, "scan.jpg", Files.readAllBytes(scan));
      assertEquals(JobStatus.DONE, read.status(), read.error());
      id = read.documentId();
      image = Files.readAllBytes(archive.documents().pageImage(id, 1, Reader.commandLine("test")).orElseThrow());
      Files.writeString(Files.createDirectories(root.resolve("used")).resolve("x"), "x");
      IllegalArgumentException notEmpty = assertThrows(IllegalArgumentException.class,
          () -> archive.records().backup(root.resolve("used")));
      assertTrue(notEmpty.getMessage().contains("is not empty"), notEmpty.getMessage());
      BackupReport report = archive.records().backup(backup);
      assertEquals(List.of(), report.problems());
      assertEquals(1, report.originals());
      assertEquals(1, report.pageImages());
    }

    Path restored = root.resolve("restored");
    ArchiveSettings restoredSettings = ArchiveTestSupport.settings(restored);
    RestoreReport report = Archive.restore(restoredSettings, backup);
    assertTrue(report.fixity().intact(), report.fixity().toString());
    assertEquals(1, report.fixity().imagesChecked());
    assertEquals(1, report.documentsIndexed());
    try (Archive archive = Archive.open(restoredSettings)) {
      assertArrayEquals(image, Files.readAllBytes(archive.documents().pageImage(id, 1, Reader.commandLine("test")).orElseThrow()));
    }

    Path kept = Files.walk(backup.resolve("files")).filter(Files::isRegularFile).findFirst().orElseThrow();
    Files.write(kept, new byte[] {1, 2, 3});
    Path again = root.resolve("again");
    IllegalArgumentException damaged = assertThrows(IllegalArgumentException.class,
        () -> Archive.restore(ArchiveSettings.of(again, TestDatabases.freshDatabase()), backup));
    assertTrue(damaged.getMessage().contains("is damaged") && damaged.getMessage().contains(kept.getFileName().toString()),
        damaged.getMessage());
    assertFalse(Files.exists(again), "nothing is written from a damaged backup");
  }
}
