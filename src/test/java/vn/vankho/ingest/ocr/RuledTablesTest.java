package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
