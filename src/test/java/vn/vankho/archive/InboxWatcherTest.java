package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.AuditEntry;
import vn.vankho.store.Database;
import vn.vankho.store.DocumentStore;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;

class InboxWatcherTest {
  @TempDir Path data;
  @TempDir Path inbox;
  Archive archive;
  Database database;
  InboxWatcher watcher;

  @BeforeEach
  void open() {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    archive = Archive.open(settings);
    archive.startProcessing();
    database = Database.open(settings.databaseUrl());
    watcher = new InboxWatcher(inbox, archive.intake(), new DocumentStore(database));
  }

  @AfterEach
  void close() {
    database.close();
    archive.close();
  }

  /** Looks at the inbox until {@code file} has left it. */
  private void pollUntilGone(Path file) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (Files.exists(file) && Instant.now().isBefore(deadline)) {
      watcher.poll();
      Thread.sleep(100);
    }
  }

  @Test
  void aReadFileMovesToDone() throws Exception {
    Path file = Files.write(inbox.resolve("chỉ thị 41.pdf"), TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    pollUntilGone(file);
    assertTrue(Files.exists(inbox.resolve("done/chỉ thị 41.pdf")));
    assertEquals(1, archive.documents().recent(10, 0, Reader.commandLine("test")).size());
    AuditEntry upload = archive.records().audit(10).stream().filter(e -> e.action().equals("upload")).findFirst().orElseThrow(
        () -> new AssertionError("a file dropped in the inbox is in the audit log: " + archive.records().audit(10)));
    assertEquals("inbox", upload.actor());
    assertEquals("chỉ thị 41.pdf", upload.after());
    assertEquals(inbox.toString(), upload.origin());
  }

  @Test
  void aRejectedFileMovesToFailedWithItsReason() throws Exception {
    Path file = Files.write(inbox.resolve("trống.txt"), new byte[0]);
    pollUntilGone(file);
    assertTrue(Files.exists(inbox.resolve("failed/trống.txt")), "the original is kept");
    assertEquals("empty\nTệp rỗng, không có nội dung.\nthe file is empty\n",
        Files.readString(inbox.resolve("failed/trống.txt.reason.txt")));
  }

  @Test
  void aFileThatCannotBeReadMovesToFailedWithItsReason() throws Exception {
    Path file = Files.write(inbox.resolve("mật.pdf"), TestFiles.encryptedPdf(Samples.DIRECTIVE));
    pollUntilGone(file);
    assertTrue(Files.readString(inbox.resolve("failed/mật.pdf.reason.txt")).startsWith("encrypted\n"));
  }

  @Test
  void aFileStillBeingWrittenIsLeftAlone() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    Path file = inbox.resolve("đang chép.pdf");
    Files.write(file, java.util.Arrays.copyOf(pdf, pdf.length / 2));
    watcher.poll();
    Files.write(file, pdf);
    watcher.poll();
    assertTrue(Files.exists(file), "a file that changed between two looks is not taken");
    assertTrue(archive.documents().recent(10, 0, Reader.commandLine("test")).isEmpty());
    pollUntilGone(file);
    assertTrue(Files.exists(inbox.resolve("done/đang chép.pdf")));
    assertFalse(Files.exists(inbox.resolve("failed/đang chép.pdf")));
  }
}
