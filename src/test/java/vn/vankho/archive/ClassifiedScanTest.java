package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;

/**
 * Scanned pages with the marks of Nghị định 30/2020 (Phụ lục I, ô 10a and 10b) stamped under the number: "MẬT"
 * in its frame, "KHẨN" below it, drawn with Java2D as a 200 dpi scan and read by the real Tesseract. The marks
 * become the document's độ mật and độ khẩn; the words "bí mật" and "khẩn trương" in a body do not; and the
 * scan's page image exists only for a reader with clearance.
 */
class ClassifiedScanTest {
  private static final int DPI = 200;
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
  private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");
  private static final Reader UNCLEARED = new Reader("bandoc", Secrecy.NONE, "127.0.0.1", "/test");
  private static final Reader CLEARED = new Reader("canbo", Secrecy.MAT, "127.0.0.1", "/test");
  private static final String BODY = "Để bảo đảm giữ bí mật nhà nước, các cơ quan, đơn vị khẩn trương rà soát, "
      + "thống kê tài liệu, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2025.";

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

  @Test
  void theMatAndKhanMarksUnderTheNumberAreRead() throws Exception {
    long id = importScan("qd-77-mat-khan.png", page("77/QĐ-UBND", List.of("MẬT", "KHẨN")));
    Document read = archive.documents().find(id, CLEARED).orElseThrow();
    assertEquals(Secrecy.MAT, read.secrecy());
    assertEquals(Urgency.KHAN, read.urgency());
    assertEquals("77/QĐ-UBND", read.number(), "the marks are not taken into the number");
    assertEquals("Ủy ban nhân dân tỉnh Lâm Đồng", read.issuer(), "nor into the issuer");

    assertTrue(archive.documents().pageImage(id, 1, CLEARED).isPresent(), "the cleared reader sees the scan");
    assertTrue(archive.documents().pageImage(id, 1, UNCLEARED).isEmpty(), "the scan does not exist for a reader without clearance");
    assertTrue(archive.documents().find(id, UNCLEARED).isEmpty());
    assertTrue(ids("rà soát tài liệu", CLEARED).contains(id));
    assertFalse(ids("rà soát tài liệu", UNCLEARED).contains(id), "the search does not find it either");
    assertTrue(archive.records().audit(50).stream().anyMatch(e -> e.action().equals("read") && e.actor().equals("canbo")
        && Long.valueOf(id).equals(e.documentId())));
  }

  @Test
  void wordsOfTheBodyAreNotMarks() throws Exception {
    long id = importScan("qd-78-khong-mat.png", page("78/QĐ-UBND", List.of()));
    Document read = archive.documents().find(id, UNCLEARED).orElseThrow(() -> new AssertionError("hidden without a mark"));
    assertEquals(Secrecy.NONE, read.secrecy());
    assertEquals(Urgency.NONE, read.urgency());
    assertEquals("78/QĐ-UBND", read.number());
  }

  private static List<Long> ids(String query, Reader reader) {
    return archive.search().find(new SearchRequest(query, 10, 0), reader).hits().stream().map(SearchHit::id).toList();
  }

  private static long importScan(String name, BufferedImage page) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(page, "png", png);
    Job job = ArchiveTestSupport.importAndWait(archive, name, png.toByteArray());
    assertEquals(JobStatus.DONE, job.status(), job::error);
    return job.documentId();
  }

  /**
   * An A4 page of a provincial decision: the two-column header (issuer, number and {@code marks} on the left,
   * the motto and the place and date on the right), the heading, the subject and a body.
   */
  private static BufferedImage page(String number, List<String> marks) throws Exception {
    BufferedImage page = new BufferedImage(DPI * 827 / 100, DPI * 1169 / 100, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Font regular = font(FONT, 13);
      Font bold = font(BOLD, 13);
      int left = DPI * 3 / 4;
      int leftCentre = left + DPI * 3 / 2;
      int rightCentre = page.getWidth() * 2 / 3;
      int line = DPI * 13 / 72 * 3 / 2;
      int y = DPI;
      centred(g, regular, "ỦY BAN NHÂN DÂN", leftCentre, y);
      centred(g, bold, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightCentre, y);
      y += line;
      centred(g, bold, "TỈNH LÂM ĐỒNG", leftCentre, y);
      centred(g, bold, "Độc lập - Tự do - Hạnh phúc", rightCentre, y);
      y += line * 2;
      centred(g, regular, "Số: " + number, leftCentre, y);
      centred(g, font(FONT, 13).deriveFont(Font.ITALIC), "Lâm Đồng, ngày 12 tháng 5 năm 2025", rightCentre, y);
      for (String mark : marks) {
        y += line * 2;
        // the stamp: capitals in bold, in a frame, as the seal-keeper prints it
        int width = centred(g, font(BOLD, 14), mark, leftCentre, y);
        g.setStroke(new BasicStroke(DPI / 100f));
        g.drawRect(leftCentre - width / 2 - DPI / 8, y - line, width + DPI / 4, line * 5 / 4);
      }
      y += line * 3;
      centred(g, font(BOLD, 14), "QUYẾT ĐỊNH", page.getWidth() / 2, y);
      y += line;
      centred(g, bold, "Về việc kiểm kê tài liệu lưu trữ năm 2025", page.getWidth() / 2, y);
      y += line * 2;
      g.setFont(regular);
      FontMetrics metrics = g.getFontMetrics();
      StringBuilder row = new StringBuilder();
      for (String word : BODY.split(" ")) {
        if (metrics.stringWidth(row + " " + word) > page.getWidth() - 2 * left) {
          g.drawString(row.toString(), left, y);
          y += line;
          row.setLength(0);
        }
        row.append(row.isEmpty() ? "" : " ").append(word);
      }
      g.drawString(row.toString(), left, y);
    } finally {
      g.dispose();
    }
    return page;
  }

  /** Draws {@code text} centred on {@code centre}; its width. */
  private static int centred(Graphics2D g, Font font, String text, int centre, int baseline) {
    g.setFont(font);
    int width = g.getFontMetrics().stringWidth(text);
    g.drawString(text, centre - width / 2, baseline);
    return width;
  }

  private static Font font(Path file, float points) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(points * DPI / 72f);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load " + file + " (apt-get install fonts-dejavu-core)", e);
    }
  }
}
