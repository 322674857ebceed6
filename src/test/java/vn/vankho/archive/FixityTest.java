package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;
import static vn.vankho.archive.ArchiveTestSupport.offer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Reason;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;
import vn.vankho.testing.KeptOriginals;

/** A kept original altered on disk is never served or read as if it were the original, and a good copy repairs it. */
class FixityTest {
  @TempDir Path data;
  Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  /** Overwrites a few bytes of the kept copy, as a failing disk or a careless hand would. */
  private static void damage(Path kept) throws Exception {
    byte[] bytes = Files.readAllBytes(kept);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
      bytes[i] = 'x';
    }
    Files.write(kept, bytes);
  }

  @Test
  void aDamagedOriginalIsNotServedIsFlaggedAndAGoodCopyRepairsIt() throws Exception {
    byte[] good = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    Job read = importAndWait(archive, "ct41.pdf", good);
    assertEquals(JobStatus.DONE, read.status());
    Document document = archive.documents().find(read.documentId(), Reader.commandLine("test")).orElseThrow();
    damage(KeptOriginals.in(data, document.sha256()));

    assertThrows(DamagedOriginalException.class, () -> archive.documents().original(document), "never served silently");
    assertEquals(Reason.CHECKSUM_MISMATCH.code(), archive.documents().find(document.id(), Reader.commandLine("test")).orElseThrow().failureReason());
    assertTrue(archive.documents().needingReview(10, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == document.id()),
        "the damaged document is listed for review");

    long again = archive.corrections().reread(document.id(), Reader.commandLine("test", "test"));
    Job reread = archive.jobs().await(List.of(again), Duration.ofMinutes(1)).get(0);
    assertEquals(JobStatus.FAILED, reread.status(), "the worker does not read damaged bytes");
    assertEquals(Reason.CHECKSUM_MISMATCH.code(), reread.error());

    IntakeResult repaired = offer(archive, "ct41 bản tốt.pdf", good);
    assertEquals(IntakeResult.Status.REPAIRED, repaired.status(), "not a plain duplicate");
    assertEquals(document.id(), repaired.documentId());
    assertNotNull(repaired.jobId(), "the document failed for the damage, so it is read again");
    Job readAgain = archive.jobs().await(List.of(repaired.jobId()), Duration.ofMinutes(1)).get(0);
    assertEquals(JobStatus.DONE, readAgain.status(), readAgain.error());
    assertArrayEquals(good, archive.documents().original(document).readAllBytes());
    assertNull(archive.documents().find(document.id(), Reader.commandLine("test")).orElseThrow().failureReason());
    assertTrue(archive.records().audit(10).stream().anyMatch(e -> e.action().equals("repair original")
        && e.documentId() == document.id()), archive.records().audit(10).toString());

    assertEquals(IntakeResult.Status.DUPLICATE, offer(archive, "ct41.pdf", good).status(),
        "once repaired, the same bytes are a duplicate again");
  }

  @Test
  void aGoodCopyRepairsADamagedOriginalThatWasReadBeforeTheDamage() throws Exception {
    byte[] good = TestFiles.docx(Samples.PLAN);
    Job read = importAndWait(archive, "kh229.docx", good);
    Document document = archive.documents().find(read.documentId(), Reader.commandLine("test")).orElseThrow();
    damage(KeptOriginals.in(data, document.sha256()));

    IntakeResult repaired = offer(archive, "kh229.docx", good);
    assertEquals(IntakeResult.Status.REPAIRED, repaired.status());
    assertNull(repaired.jobId(), "its reading stands: nothing to read again");
    assertArrayEquals(good, archive.documents().original(document).readAllBytes());
  }
}
