package vn.vankho.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds ruled tables (award lists, "Nơi nhận" grids) on a gray, deskewed page by its long straight runs of dark
 * pixels, as Leptonica's morphological line extraction does, in plain Java since the page is already a byte
 * array here. A table is three or more horizontal rules of the same extent, one above the other, with the
 * vertical rules that run their full height between them; its cells are the grid they make.
 *
 * <p>Rules, and the short rules under a header's columns, are then painted out of the copy Tesseract reads: a rule touching a cell's words is read as "|", "_"
 * or a stray mark, and Tesseract's layout analysis cuts a ruled table into pieces. The words are put back into
 * their cells by their boxes ({@link PageLayout}).
 */
final class RuledTables {
  /**
   * Darker than this is ink. Paper stays above 235 once despeckled; a thin rule does not stay dark: the median
   * that takes out speckle takes a one-pixel line down to 150 to 195 (measured on the generated 200 dpi scans).
   * Text crossing this level is no rule: a rule is a long run nearly all ink, in a band at most 1 mm thick.
   */
  private static final int INK = 215;
  /** A table's rules are at least a quarter of the page wide. */
  private static final double MIN_TABLE_WIDTH = 0.25;
  /** A rule is at least 15 mm long (the rule under a header's column is 20 to 40 mm), a fourteenth of A4's width. */
  private static final double MIN_RULE_WIDTH = 1.0 / 14;
  /** Gaps a rule may have from noise and JPEG, in pixels. */
  private static final int BRIDGE = 3;
  /** Rules of one table start and end within this share of the page width of each other. */
  private static final double SAME_EDGE = 0.02;
  /** A vertical rule runs over this share of the table's height at least. */
  private static final double VERTICAL_COVER = 0.9;
  /** Share of a rule's run that is ink; a line of text with its spaces bridged has far less. */
  private static final double MIN_RULE_INK = 0.9;
  /** The resolution from which rules are looked for. */
  private static final int MIN_DPI = 100;
  /** Vertical rules closer than this are one thick rule. */
  private static final int SAME_RULE = 4;

  /** A table's grid: the horizontal rules top to bottom and the vertical ones left to right. */
  record Grid(int[] rows, int[] columns) {
    int top() {
      return rows[0];
    }

    int bottom() {
      return rows[rows.length - 1];
    }

    int left() {
      return columns[0];
    }

    int right() {
      return columns[columns.length - 1];
    }

    /** The row a point lies in, -1 outside the table. */
    int rowOf(int y) {
      return slot(rows, y);
    }

    /** The column a point lies in, -1 outside the table. */
    int columnOf(int x) {
      return slot(columns, x);
    }

    private static int slot(int[] edges, int at) {
      for (int i = 0; i + 1 < edges.length; i++) {
        if (at >= edges[i] && at < edges[i + 1]) return i;
      }
      return -1;
    }
  }

  /** A horizontal rule: its row and where it starts and ends. */
  record Rule(int y, int x0, int x1) {}

  private RuledTables() {}

  /**
   * The rules of a page: its tables, the rules that stand alone (under a header's columns, a signature), and the
   * frames two short rules make with the sides joining them (the stamps "MẬT", "KHẨN" printed in a box).
   */
  record Rules(List<Grid> tables, List<Rule> alone, List<Grid> frames) {
    /**
     * A copy of {@code gray} with every rule painted in the paper's white, or {@code gray} itself when it has
     * none. A short rule left on the page is read as a word of junk ("on thi", "5=") between the header's lines.
     */
    BufferedImage erasedFrom(BufferedImage gray) {
      if (tables.isEmpty() && alone.isEmpty() && frames.isEmpty()) return gray;
      int w = gray.getWidth();
      int h = gray.getHeight();
      BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
      byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
      System.arraycopy(((DataBufferByte) gray.getRaster().getDataBuffer()).getData(), 0, pixels, 0, pixels.length);
      int reach = Math.max(3, w / 350); // a rule's half thickness with its antialiased edge and what skew is left
      // a frame goes whole: its sides left alone are read as "|" beside the stamp's word, or cost the word
      for (Grid grid : Stream.concat(tables.stream(), frames.stream()).toList()) {
        for (int y : grid.rows()) paint(pixels, w, h, grid.left() - reach, y - reach, grid.right() + reach, y + reach);
        for (int x : grid.columns()) paint(pixels, w, h, x - reach, grid.top() - reach, x + reach, grid.bottom() + reach);
      }
      for (Rule rule : alone) paint(pixels, w, h, rule.x0() - reach, rule.y() - reach, rule.x1() + reach, rule.y() + reach);
      return out;
    }
  }

  /**
   * The rules of a gray page; tables top to bottom. None on a page under {@link #MIN_DPI}: there a word whose
   * letters touch is as long and thin as a rule (the shared corpus's phone photos of about 70 dpi gave a dozen
   * such "rules" a page, and painting them out lost words).
   */
  static Rules find(BufferedImage gray) {
    if (Preprocessing.estimatedDpi(gray) < MIN_DPI) return new Rules(List.of(), List.of(), List.of());
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    List<Rule> rules = horizontalRules(pixels, w, h);
    List<Grid> grids = new ArrayList<>();
    List<Rule> alone = new ArrayList<>();
    int i = 0;
    while (i < rules.size()) {
      int j = i + 1;
      boolean wide = rules.get(i).x1() - rules.get(i).x0() >= w * MIN_TABLE_WIDTH;
      while (wide && j < rules.size() && sameExtent(rules.get(i), rules.get(j), w)) j++;
      if (j - i >= 3) grids.add(grid(rules.subList(i, j), pixels, w, h));
      else alone.addAll(rules.subList(i, j));
      i = j;
    }
    List<Grid> frames = frames(alone, pixels, w);
    return new Rules(List.copyOf(grids), List.copyOf(alone), frames);
  }

  /** Two rules of one extent, one above the other, whose ends are joined by sides of ink: a box drawn round a word. */
  private static List<Grid> frames(List<Rule> alone, byte[] pixels, int w) {
    List<Grid> frames = new ArrayList<>();
    for (int i = 0; i + 1 < alone.size(); i++) {
      Rule top = alone.get(i);
      Rule bottom = alone.get(i + 1);
      if (!sameExtent(top, bottom, w) || !side(top.x0(), top.y(), bottom.y(), pixels, w)
          || !side(top.x1(), top.y(), bottom.y(), pixels, w)) continue;
      frames.add(new Grid(new int[] {top.y(), bottom.y()}, new int[] {top.x0(), top.x1()}));
      i++;
    }
    return List.copyOf(frames);
  }

  /** Whether a vertical rule runs down at {@code x} (give or take a pixel) from {@code top} to {@code bottom}. */
  private static boolean side(int x, int top, int bottom, byte[] pixels, int w) {
    return inkedRows(pixels, w, x, top, bottom) >= (bottom - top + 1) * VERTICAL_COVER;
  }

  private static void paint(byte[] pixels, int w, int h, int x0, int y0, int x1, int y1) {
    for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
      for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) pixels[y * w + x] = (byte) 255;
    }
  }

  /**
   * Rows holding a long run of ink, three rows read as one so that what skew deskewing leaves (under 0.05
   * degrees, a pixel over a table's width) does not break a rule; neighbouring rows merged into one rule.
   */
  private static List<Rule> horizontalRules(byte[] pixels, int w, int h) {
    int minWidth = (int) (w * MIN_RULE_WIDTH);
    // 1 mm, three rows at least (a one-pixel rule seen through three rows): the band a line of text makes is
    // thicker, even on a phone photo of 70 dpi whose word spaces are bridged
    int maxThickness = Math.max(3, w / 250);
    List<Rule> rules = new ArrayList<>();
    int bandStart = -1;
    Rule band = null;
    for (int y = 1; y + 1 < h; y++) {
      Rule run = longestRun(pixels, w, y);
      if (run != null && run.x1() - run.x0() < minWidth) run = null;
      if (run != null && band != null) {
        band = new Rule(y, Math.min(band.x0(), run.x0()), Math.max(band.x1(), run.x1()));
      }
      if (run != null && band == null) {
        band = run;
        bandStart = y;
      }
      if (run == null && band != null) {
        // a rule is a thin band; a line of text whose spaces are bridged at low resolution is a thick one
        if (y - bandStart <= maxThickness) rules.add(new Rule((bandStart + y - 1) / 2, band.x0(), band.x1()));
        band = null;
      }
    }
    return rules;
  }

  /**
   * The longest run of ink in row {@code y}, three rows read as one so that what skew deskewing leaves (under
   * 0.05 degrees, a pixel over a table's width) does not break a rule, and gaps of {@link #BRIDGE} pixels
   * bridged; null when that run is not nearly all ink, as a rule is and a line of text is not.
   */
  private static Rule longestRun(byte[] pixels, int w, int y) {
    int bestStart = 0;
    int bestEnd = -1;
    int bestInked = 0;
    int start = -1;
    int inked = 0;
    int lastInk = -BRIDGE - 2;
    for (int x = 0; x < w; x++) {
      if (!ink(pixels, w, x, y - 1) && !ink(pixels, w, x, y) && !ink(pixels, w, x, y + 1)) continue;
      if (x - lastInk > BRIDGE + 1) {
        start = x;
        inked = 0;
      }
      lastInk = x;
      inked++;
      if (x - start > bestEnd - bestStart) {
        bestStart = start;
        bestEnd = x;
        bestInked = inked;
      }
    }
    return bestInked >= (bestEnd - bestStart + 1) * MIN_RULE_INK ? new Rule(y, bestStart, bestEnd) : null;
  }

  private static boolean sameExtent(Rule a, Rule b, int w) {
    int tolerance = (int) (w * SAME_EDGE);
    return Math.abs(a.x0() - b.x0()) <= tolerance && Math.abs(a.x1() - b.x1()) <= tolerance;
  }

  /** The grid of a stack of rules: its vertical rules are the columns inked over nearly all its height. */
  private static Grid grid(List<Rule> rules, byte[] pixels, int w, int h) {
    int top = rules.get(0).y();
    int bottom = rules.get(rules.size() - 1).y();
    int left = rules.stream().mapToInt(Rule::x0).min().orElseThrow();
    int right = rules.stream().mapToInt(Rule::x1).max().orElseThrow();
    List<Integer> columns = new ArrayList<>();
    int needed = (int) ((bottom - top) * VERTICAL_COVER);
    for (int x = Math.max(1, left - 3); x <= Math.min(w - 2, right + 3); x++) {
      if (inkedRows(pixels, w, x, top, bottom) < needed) continue;
      if (!columns.isEmpty() && x - columns.get(columns.size() - 1) <= SAME_RULE) columns.set(columns.size() - 1, x);
      else columns.add(x);
    }
    // a table drawn without side rules still has its rules' ends for edges
    if (columns.isEmpty() || columns.get(0) > left + SAME_RULE * 2) columns.add(0, left);
    if (columns.get(columns.size() - 1) < right - SAME_RULE * 2) columns.add(right);
    return new Grid(rules.stream().mapToInt(Rule::y).toArray(), columns.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The rows from {@code top} to {@code bottom} with ink at {@code x} or a pixel beside it (a rule a pixel askew). */
  private static int inkedRows(byte[] pixels, int w, int x, int top, int bottom) {
    int inked = 0;
    for (int y = top; y <= bottom; y++) {
      if (ink(pixels, w, Math.max(0, x - 1), y) || ink(pixels, w, x, y) || ink(pixels, w, Math.min(w - 1, x + 1), y)) inked++;
    }
    return inked;
  }

  private static boolean ink(byte[] pixels, int w, int x, int y) {
    return (pixels[y * w + x] & 0xff) < INK;
  }
}
