package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text not read at all, told by the page's ink: letters outside every word read, against rules and dust. */
class InkCoverageTest {
  private static final String LINE = "Hội đồng nhân dân tỉnh";
  private static final int LINE_HEIGHT = 40;

  /** Two equal lines of black text on white, a long rule under them and specks of dust; each line's rectangle. */
  private static BufferedImage page(List<Rectangle> lines) {
    return page(lines, Color.WHITE, Color.BLACK);
  }

  /** As {@link #page(List)}, the paper and the ink of the colours given. */
  private static BufferedImage page(List<Rectangle> lines, Color paper, Color ink) {
    BufferedImage page = new BufferedImage(900, 320, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(paper);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(ink);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
      int width = g.getFontMetrics().stringWidth(LINE);
      for (int baseline : new int[] {70, 170}) {
        g.drawString(LINE, 30, baseline);
        lines.add(new Rectangle(30, baseline - 30, width, LINE_HEIGHT));
      }
      g.fillRect(30, 260, 800, 3);
      for (int x = 100; x < 800; x += 97) g.fillRect(x, 230, 2, 2);
    } finally {
      g.dispose();
    }
    return page;
  }

  @Test
  void lettersOutsideEveryWordReadAreCountedAndRulesAndDustAreNot() {
    List<Rectangle> lines = new ArrayList<>();
    InkCoverage.Sheet page = InkCoverage.Sheet.of(page(lines));
    assertEquals(0.5, InkCoverage.unreadShare(page, List.of(lines.get(0)), LINE_HEIGHT), 1e-9,
        "the second line was not read: half the letters");
    assertEquals(0, InkCoverage.unreadShare(page, lines, LINE_HEIGHT), 1e-9, "both lines read");
    assertEquals(1, InkCoverage.unreadShare(page, List.of(), 0), 1e-9, "nothing read on a page with ink");
  }

  @Test
  void faintInkIsInkAndThePapersGrainIsNot() {
    List<Rectangle> lines = new ArrayList<>();
    // a dry ribbon's gray letters on recycled paper: lighter than any fixed level of ink a good scan needs
    InkCoverage.Sheet faint = InkCoverage.Sheet.of(page(lines, new Color(246, 246, 246), new Color(205, 205, 205)));
    assertEquals(0.5, InkCoverage.unreadShare(faint, List.of(lines.get(0)), LINE_HEIGHT), 1e-9,
        "the faint second line was not read");
    assertEquals(1, InkCoverage.unreadShare(faint, List.of(), 0), 1e-9, "nothing read on a page with faint ink");
    BufferedImage blank = new BufferedImage(900, 320, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Random grain = new java.util.Random(7);
    for (int y = 0; y < blank.getHeight(); y++) {
      for (int x = 0; x < blank.getWidth(); x++) {
        blank.getRaster().setSample(x, y, 0, Math.min(255, 246 + (int) Math.round(grain.nextGaussian() * 6)));
      }
    }
    InkCoverage.Sheet grainOnly = InkCoverage.Sheet.of(blank);
    assertEquals(0, InkCoverage.unreadShare(grainOnly, List.of(), 0), 1e-9, "a blank sheet's grain is not text");
    assertEquals(0, InkCoverage.uncoveredShare(grainOnly, List.of()), 1e-9, "nor ink");
  }

  @Test
  void aPageReadSidewaysHasTheHeightOfItsLinesNotTheirLength() {
    assertEquals(40, InkCoverage.medianHeight(List.of(new Rectangle(0, 0, 40, 900), new Rectangle(50, 0, 40, 700),
        new Rectangle(100, 0, 38, 200))));
  }
}
