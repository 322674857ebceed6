package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.Reason;

/**
 * Generated realistic scans through the archive: a decision whose number and day were written in by hand, or a
 * page read so badly that its predicted error rate is high, lands in "Cần kiểm tra" saying why.
 */
class RealisticScanReviewTest {
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
    return imported("qd-" + scan.index() + ".jpg", scan.jpeg());
  }

  private static Document imported(String name, byte[] bytes) throws Exception {
    Job job = ArchiveTestSupport.importAndWait(archive, name, bytes);
    return archive.documents().find(job.documentId(), Reader.commandLine("test")).orElseThrow();
  }

  @Test
  void testPageWithHighPredictedErrorRateIsSentToReview() throws Exception {
    // a printed decision sent by fax: a third of the resolution, most words still valid syllables
    BufferedImage page = RealisticScans.page(0).image();
    BufferedImage fax = new BufferedImage(page.getWidth() / 3, page.getHeight() / 3, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = fax.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, 0, 0, fax.getWidth(), fax.getHeight(), null);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(fax, "png", png);
    Document document = imported("fax.png", png.toByteArray());
    String problem = archive.documents().view(document.id(), Reader.commandLine("test")).orElseThrow().pages().get(0).problem();
    // named as probably misread, alone or before the fields its reading flags (its number is read without confidence)
    assertTrue(problem.equals(Reason.LIKELY_MISREAD.code()) || problem.startsWith(Reason.LIKELY_MISREAD.vietnamese()),
        problem);
    assertTrue(archive.documents().needingReview(200, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == document.id()));
  }

  @Test
  void testHandwrittenNumberAndDayAreFlaggedNotGuessed() throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(6); // plain kind, second round: handwritten
    assertTrue(scan.truth().handwritten());
    Document document = imported(scan);
    assertNull(document.number(), "a handwritten number is not kept as read");
    List<Long> review = archive.documents().needingReview(200, Reader.commandLine("test")).stream().map(Document::id).toList();
    assertTrue(review.contains(document.id()), "in Cần kiểm tra");
    String problem = archive.documents().view(document.id(), Reader.commandLine("test")).orElseThrow().pages().get(0).problem();
    assertTrue(problem != null && problem.contains("Cần kiểm tra Số:"), problem);
  }

  @Test
  void testHandwrittenNumberReadWithoutDoubtButWithoutConfidenceIsFlagged() throws Exception {
    // stamp kind, second round: "347" and "20 tháng 3" written by hand; the day read as clean as print, but the
    // engine is far less sure of the pen strokes than of the print around them (the number, since the light is
    // evened out before reading, reads "32Z_" and is flagged as unreadable)
    RealisticScans.Scan scan = RealisticScans.page(8);
    assertTrue(scan.truth().handwritten());
    Document document = imported(scan);
    assertNull(document.number(), "a number read without confidence is not kept");
    assertNull(document.date(), "nor a day read without confidence");
    String problem = archive.documents().view(document.id(), Reader.commandLine("test")).orElseThrow().pages().get(0).problem();
    assertTrue(problem != null && problem.contains("Số:") && problem.contains("Ngày ban hành: ngày, tháng đọc không chắc chắn"),
        problem);
  }

  @Test
  void testPrintedNumberIsReadAndNotFlagged() throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(0); // plain kind, first round: printed
    assertFalse(scan.truth().handwritten());
    Document document = imported(scan);
    assertEquals(scan.truth().number(), document.number());
    assertEquals(scan.truth().date(), document.date());
    assertFalse(archive.documents().needingReview(200, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == document.id()));
  }
}
