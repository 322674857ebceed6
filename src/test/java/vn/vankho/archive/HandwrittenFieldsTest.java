package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.model.Document;
import vn.vankho.model.Job;

/** A decision whose number and day were written in by hand lands in "Cần kiểm tra" with those fields named. */
class HandwrittenFieldsTest {
  @TempDir static Path data;
  static Archive archive;

  @BeforeAll
  static void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static Document imported(RealisticScans.Scan scan) throws Exception {
    Job job = ArchiveTestSupport.importAndWait(archive, "qd-" + scan.index() + ".jpg", scan.jpeg());
    return archive.document(job.documentId()).orElseThrow();
  }

  @Test
  void testHandwrittenNumberAndDayAreFlaggedNotGuessed() throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(6); // plain kind, second round: handwritten
    assertTrue(scan.truth().handwritten());
    Document document = imported(scan);
    assertNull(document.number(), "a handwritten number is not kept as read");
    List<Long> review = archive.documentsNeedingReview(200).stream().map(Document::id).toList();
    assertTrue(review.contains(document.id()), "in Cần kiểm tra");
    String problem = archive.view(document.id()).orElseThrow().pages().get(0).problem();
    assertTrue(problem != null && problem.contains("Cần kiểm tra Số:"), problem);
  }

  @Test
  void testPrintedNumberIsReadAndNotFlagged() throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(0); // plain kind, first round: printed
    assertFalse(scan.truth().handwritten());
    Document document = imported(scan);
    assertEquals(scan.truth().number(), document.number());
    assertEquals(scan.truth().date(), document.issueDate());
    assertFalse(archive.documentsNeedingReview(200).stream().anyMatch(d -> d.id() == document.id()));
  }
}
