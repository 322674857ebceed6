package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding ruled tables by their long thin runs of ink, on generated scans as the engine gets them. */
class RuledTablesTest {
  private static BufferedImage prepared(int index) {
    return Gray.of(Preprocessing.prepare(RealisticScans.page(index).image()).image());
  }

  @Test
  void theAwardTableOfAScanIsFoundWithItsFiveRowsAndThreeColumns() {
    // page 3 is skewed 0.8 degrees before deskewing; its table has a header row and four awardees
    RuledTables.Rules rules = RuledTables.find(prepared(3));

    assertEquals(1, rules.tables().size());
    RuledTables.Grid grid = rules.tables().get(0);
    assertEquals(6, grid.rows().length, "five rows between six rules");
    assertEquals(4, grid.columns().length, "three columns between four rules");
    // the page is 1654 pixels wide at 200 dpi: the table spans the text width, 30 mm to 20 mm from the edges
    assertTrue(Math.abs(grid.left() - 236) < 8 && Math.abs(grid.right() - 1496) < 8, grid.left() + ".." + grid.right());
  }

  @Test
  void pagesWithoutATableHaveNone() {
    for (int index : new int[] {0, 1, 2, 5}) {
      assertEquals(List.of(), RuledTables.find(prepared(index)).tables(), "page " + index);
    }
    SamplePages.SamplePage text = SamplePages.page(0, SamplePages.Quality.CLEAN);
    assertEquals(List.of(), RuledTables.find(Preprocessing.prepare(text.image()).image()).tables());
  }

  @Test
  void theCopyTesseractReadsHasNoRuleLeft() {
    BufferedImage page = prepared(3);
    RuledTables.Rules rules = RuledTables.find(page);
    BufferedImage erased = rules.erasedFrom(page);
    RuledTables.Grid grid = rules.tables().get(0);
    byte[] pixels = ((DataBufferByte) erased.getRaster().getDataBuffer()).getData();
    int w = erased.getWidth();
    for (int y : grid.rows()) {
      int inked = 0;
      for (int x = grid.left(); x <= grid.right(); x++) {
        for (int dy = -1; dy <= 1; dy++) if ((pixels[(y + dy) * w + x] & 0xff) < 215) inked++;
      }
      assertEquals(0, inked, "rule at row " + y);
    }
    assertEquals(List.of(), RuledTables.find(erased).tables());
  }

  @Test
  void aStampsFrameIsNoTableAndGoesWhole() {
    // a 200 dpi page with "MẬT" and "KHẨN" boxed one above the other, as Nghị định 30/2020 has them stamped
    BufferedImage page = new BufferedImage(1654, 2338, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    g.drawRect(300, 400, 160, 70);
    g.drawRect(290, 540, 180, 70);
    g.dispose();

    RuledTables.Rules rules = RuledTables.find(page);
    assertEquals(List.of(), rules.tables(), "a box round a word is not a table");
    assertEquals(2, rules.frames().size(), "each box is a frame");
    BufferedImage erased = rules.erasedFrom(page);
    byte[] pixels = ((DataBufferByte) erased.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      assertTrue((pixels[i] & 0xff) >= 215, "ink left at " + (i % 1654) + "," + (i / 1654) + ": a side would read as '|'");
    }
  }
}
