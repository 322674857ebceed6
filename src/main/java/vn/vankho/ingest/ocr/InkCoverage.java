package vn.vankho.ingest.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import vn.vankho.text.PageQuality;

/**
 * What a page's ink says of the text the engine read on it, which its confidences cannot: ink outside every text line,
 * and text-like ink (letters, or a word's letters run together) outside every word read, are text not read at all. A
 * faxed page at 100 dpi can lose whole lines and words to Tesseract's layout analysis while what it did read, it read
 * with confidence; their ink is still on the page. A signature or a handwritten note is uncovered ink too, so the
 * shares are weighed against measured CER ({@code PageQuality}), not read as CER. The lines' median height gives the
 * text's scale.
 */
public final class InkCoverage {
  /**
   * Ink is darker than halfway between the paper (the page's median gray) and its darkest ink (the gray this share of
   * its pixels are darker than): on a good scan about 130, text near black and paper, dust and a dropped-out seal
   * light; on a faint page (a dry ribbon, a copy of a copy) its gray ink, which a fixed level took for paper, so that
   * the lines Tesseract lost on it went unseen.
   */
  private static final double DARKEST_INK = 0.002;
  /** ... but at least this far below the paper: on a page without ink, halfway would split the paper's own grain. */
  private static final int LEAST_CONTRAST = 32;
  /** A line box is widened by this share of its height on each side: marks stand above and below the letters. */
  private static final double MARGIN = 0.25;

  /** A text-like ink component is at least this share of the median line's height: smaller ones are marks or dust. */
  private static final double SMALLEST_GLYPH = 0.25;
  /** ... and at most this share of it: taller ones are rules, signatures and seals' remains, not letters. */
  private static final double TALLEST_GLYPH = 1.2;
  /** ... and at most this many line heights wide: a word's letters run together at low resolution, a rule is longer. */
  private static final double WIDEST_GLYPH = 4;

  private InkCoverage() {}

  /**
   * What {@code image}'s ink says of its reading as {@code lineBoxes} holding {@code wordBoxes} (its pixels): the
   * share of its ink outside the lines ({@link #uncoveredShare}), of its text-like components outside the words
   * ({@link #unreadShare}), and the lines' median height.
   */
  public static PageQuality.Ink of(BufferedImage image, List<Rectangle> lineBoxes, List<Rectangle> wordBoxes) {
    Sheet sheet = Sheet.of(image);
    double lineHeight = medianHeight(lineBoxes);
    return new PageQuality.Ink(uncoveredShare(sheet, lineBoxes), unreadShare(sheet, wordBoxes, lineHeight), lineHeight);
  }

  /**
   * A page's gray pixels, w x h, with the gray under which they are ink ({@link #inkBelow}): made once for both
   * measures, since the ink level takes a pass over every pixel.
   */
  record Sheet(byte[] pixels, int w, int h, int inkBelow) {
    static Sheet of(BufferedImage image) {
      BufferedImage gray = Gray.of(image);
      byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
      return new Sheet(pixels, gray.getWidth(), gray.getHeight(), InkCoverage.inkBelow(pixels));
    }

    boolean dark(int i) {
      return (pixels[i] & 0xff) < inkBelow;
    }
  }

  static double medianHeight(List<Rectangle> boxes) {
    if (boxes.isEmpty()) return 0;
    // a line is longer than it is high: a page Tesseract read sideways gives its lines standing
    int[] heights = boxes.stream().mapToInt(b -> Math.min(b.width, b.height)).sorted().toArray();
    return heights.length % 2 == 1 ? heights[heights.length / 2]
        : (heights[heights.length / 2 - 1] + heights[heights.length / 2]) / 2.0;
  }

  /**
   * The share of {@code sheet}'s text-like ink components (connected dark pixels, eight ways, between {@link
   * #SMALLEST_GLYPH} and {@link #TALLEST_GLYPH} of {@code lineHeight} high and at most {@link #WIDEST_GLYPH} of it
   * wide) whose centre lies outside every box of {@code wordBoxes} widened by a quarter of the line height: letters
   * and words the engine did not read at all. A page with no line read has all its text unread.
   */
  static double unreadShare(Sheet sheet, List<Rectangle> wordBoxes, double lineHeight) {
    int w = sheet.w();
    int h = sheet.h();
    if (lineHeight <= 0) return hasInk(sheet) ? 1 : 0;
    boolean[] covered = covered(w, h, wordBoxes, box -> MARGIN * lineHeight);
    // components are found as runs of dark pixels joined to the runs they touch in the row above (eight ways): a
    // page's runs are some hundred times fewer than its pixels
    Runs runs = new Runs();
    int previousStart = 0;
    for (int y = 0; y < h; y++) {
      int rowStart = runs.count;
      int above = previousStart;
      for (int x = 0; x < w; x++) {
        if (!sheet.dark(y * w + x)) continue;
        int x0 = x;
        while (x + 1 < w && sheet.dark(y * w + x + 1)) x++;
        int run = runs.add(y, x0, x);
        while (above < rowStart && runs.right[above] < x0 - 1) above++;
        for (int a = above; a < rowStart && runs.left[a] <= x + 1; a++) runs.join(run, a);
      }
      previousStart = rowStart;
    }
    long glyphs = 0;
    long unread = 0;
    for (int[] box : runs.boxes()) {
      int width = box[2] - box[0] + 1;
      int height = box[3] - box[1] + 1;
      if (height < SMALLEST_GLYPH * lineHeight || height > TALLEST_GLYPH * lineHeight
          || width > WIDEST_GLYPH * lineHeight) {
        continue;
      }
      glyphs++;
      if (!covered[(box[1] + box[3]) / 2 * w + (box[0] + box[2]) / 2]) unread++;
    }
    return glyphs == 0 ? 0 : (double) unread / glyphs;
  }

  /** Runs of dark pixels in rows, joined into components (union-find), each with its bounding box. */
  private static final class Runs {
    int count;
    int[] row = new int[1024];
    int[] left = new int[1024];
    int[] right = new int[1024];
    int[] parent = new int[1024];

    int add(int y, int x0, int x1) {
      if (count == row.length) {
        row = Arrays.copyOf(row, count * 2);
        left = Arrays.copyOf(left, count * 2);
        right = Arrays.copyOf(right, count * 2);
        parent = Arrays.copyOf(parent, count * 2);
      }
      row[count] = y;
      left[count] = x0;
      right[count] = x1;
      parent[count] = count;
      return count++;
    }

    int root(int run) {
      while (parent[run] != run) {
        parent[run] = parent[parent[run]];
        run = parent[run];
      }
      return run;
    }

    void join(int a, int b) {
      int ra = root(a);
      int rb = root(b);
      if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Each component's box: left, top, right, bottom. */
    List<int[]> boxes() {
      int[][] box = new int[count][];
      List<int[]> boxes = new ArrayList<>();
      for (int r = 0; r < count; r++) {
        int root = root(r);
        if (box[root] == null) {
          box[root] = new int[] {left[r], row[r], right[r], row[r]};
          boxes.add(box[root]);
        }
        int[] b = box[root];
        b[0] = Math.min(b[0], left[r]);
        b[1] = Math.min(b[1], row[r]);
        b[2] = Math.max(b[2], right[r]);
        b[3] = Math.max(b[3], row[r]);
      }
      return boxes;
    }
  }

  private static boolean hasInk(Sheet sheet) {
    for (int i = 0; i < sheet.pixels().length; i++) if (sheet.dark(i)) return true;
    return false;
  }

  /**
   * The gray under which a page's pixels are ink: halfway between its paper and its darkest ink ({@link
   * #DARKEST_INK}).
   */
  static int inkBelow(byte[] pixels) {
    long[] histogram = new long[256];
    for (byte p : pixels) histogram[p & 0xff]++;
    int darkest = level(histogram, DARKEST_INK * pixels.length);
    int paper = level(histogram, pixels.length / 2.0);
    return Math.min((paper + darkest + 1) / 2, paper - LEAST_CONTRAST);
  }

  /** The gray under or at which more than {@code count} pixels lie. */
  private static int level(long[] histogram, double count) {
    long seen = 0;
    for (int g = 0; g < histogram.length; g++) {
      seen += histogram[g];
      if (seen > count) return g;
    }
    return histogram.length - 1;
  }

  /** The pixels of a w x h image inside {@code boxes}, each widened by its {@code pad} on every side. */
  private static boolean[] covered(int w, int h, List<Rectangle> boxes, ToDoubleFunction<Rectangle> pad) {
    boolean[] covered = new boolean[w * h];
    for (Rectangle box : boxes) {
      int p = (int) Math.ceil(pad.applyAsDouble(box));
      int x0 = Math.max(0, box.x - p);
      int x1 = Math.min(w, box.x + box.width + p);
      int y0 = Math.max(0, box.y - p);
      int y1 = Math.min(h, box.y + box.height + p);
      for (int y = y0; y < y1; y++) Arrays.fill(covered, y * w + x0, y * w + Math.max(x0, x1), true);
    }
    return covered;
  }

  /**
   * The share of {@code sheet}'s ink (0 to 1) outside every box of {@code lineBoxes} (in its pixels); a page with
   * no ink has none uncovered. A dark pixel with no dark neighbour is a speck of noise, not ink.
   */
  static double uncoveredShare(Sheet sheet, List<Rectangle> lineBoxes) {
    int w = sheet.w();
    int h = sheet.h();
    boolean[] covered = covered(w, h, lineBoxes, box -> MARGIN * box.height);
    long ink = 0;
    long uncovered = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        if (!sheet.dark(i)) continue;
        if (!sheet.dark(i - 1) && !sheet.dark(i + 1) && !sheet.dark(i - w) && !sheet.dark(i + w)) continue;
        ink++;
        if (!covered[i]) uncovered++;
      }
    }
    return ink == 0 ? 0 : (double) uncovered / ink;
  }
}
