package vn.vankho.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cleans a page image before Tesseract reads it. A colour page first loses the coloured ink of its seals and
 * stamps as it turns gray ({@link ColourInk}). Candidate steps, each measured on degraded Vietnamese pages
 * (docs/ocr.md), kept only where they lowered the character error rate:
 * <ol>
 *   <li>despeckle (3x3 median, two passes from 250 dpi): salt-and-pepper noise is read as stray tone marks
 *       and dots below, and a noisy page may not be read as text at all;
 *   <li>deskew (up to ±3 degrees): a tilted line loses its marks to the lines above and below.
 * </ol>
 * Measured and removed: Sauvola binarization doubled the error rate on degraded pages (Tesseract thresholds
 * on its own), and doubling pages under 200 dpi raised it once the page was despeckled and deskewed, at a
 * second of CPU per page.
 */
public final class Preprocessing {
  /** Official documents are on A4 paper (Decree 30/2020/NĐ-CP), so a page's width tells its resolution. */
  private static final double A4_SHORT_SIDE_INCHES = 8.27;
  /** From this resolution on, a speckle spans more than one pixel and needs a second median pass. */
  private static final int FINE_DPI = 250;
  /**
   * Below this resolution (a phone photo of a whole page, about 70 dpi) a stroke or a tone mark is one pixel
   * thin and the median takes it for a speck: despeckling two real such pages raised their CER from 0.101 and
   * 0.119 to 0.136 and 0.165 (docs/ocr.md).
   */
  private static final int COARSE_DPI = 100;
  /**
   * How far round a pixel the paper's own brightness is looked for, in inches: more than a line's height, so that
   * the window always holds some paper between lines, and little enough to follow the light across a phone photo.
   */
  private static final double BACKGROUND_REACH_INCHES = 0.27;
  /** Paper whose darkest twentieth is this bright against its brightest is evenly lit, and left alone. */
  private static final double EVEN_PAPER = 0.9;
  /** The background is estimated on cells of this many pixels square, then interpolated back. */
  private static final int BACKGROUND_CELL = 4;
  /** Skew below this is left alone: the angle is searched in tenths of a degree. */
  private static final double MIN_SKEW_DEGREES = 0.05;

  private Preprocessing() {}

  /** A named step, so the benchmark can measure each one and the page without it. */
  record Step(String name, UnaryOperator<BufferedImage> apply) {}

  /** The steps the measurement supports, in the order they run. */
  static final List<Step> STEPS = List.of(
      new Step("flatten", Preprocessing::flatten),
      new Step("despeckle", Preprocessing::despeckle),
      new Step("deskew", Preprocessing::deskew));

  /**
   * A gray page ready for Tesseract and the angle it was turned by to straighten it (degrees, 0 when it was
   * left as it lay), so that a place on it can be found again on the page as scanned.
   */
  public record Prepared(BufferedImage image, double skewDegrees) {}

  /** The steps of {@link #STEPS} in their order, keeping the deskew angle; the input image is never modified. */
  public static Prepared prepare(BufferedImage page) {
    BufferedImage gray = despeckle(flatten(ColourInk.toGray(page)));
    double angle = skewDegrees(gray);
    return new Prepared(rotated(gray, angle), Math.abs(angle) < MIN_SKEW_DEGREES ? 0 : angle);
  }

  static BufferedImage apply(List<Step> steps, BufferedImage page) {
    BufferedImage image = ColourInk.toGray(page);
    for (Step step : steps) image = step.apply().apply(image);
    return image;
  }

  /**
   * Median of each 3x3 neighbourhood, removing isolated dark and light pixels and keeping strokes; twice on
   * pages of 250 dpi and more, where dust is a fixed size on paper and so spans more pixels (a 150 dpi scan
   * rendered from a PDF at 300 dpi). One pass leaves such specks; two passes on a 150 dpi page eat marks, and
   * one pass on a page under 100 dpi eats them too, so such a page is left as it is.
   */
  static BufferedImage despeckle(BufferedImage gray) {
    if (estimatedDpi(gray) < COARSE_DPI) return gray;
    BufferedImage once = median3x3(gray);
    return estimatedDpi(gray) >= FINE_DPI ? median3x3(once) : once;
  }

  /**
   * Evens out the light: each pixel divided by the paper's brightness around it (the brightest value within
   * {@link #BACKGROUND_REACH_INCHES}), so that a phone photo's shadowed corner or a page lit from one side reads as
   * white paper with dark text, as a flatbed scan does. Tesseract thresholds the whole page at one level (Otsu),
   * and on such a photo it dropped the shadowed side's lines altogether. A scan's paper is already even, and
   * dividing by its near-white changes its pixels by a few levels.
   */
  static BufferedImage flatten(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] px = pixels(gray);
    int cell = BACKGROUND_CELL;
    int cw = (w + cell - 1) / cell;
    int ch = (h + cell - 1) / cell;
    int[] paper = new int[cw * ch];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = (y / cell) * cw + x / cell;
        paper[i] = Math.max(paper[i], px[y * w + x] & 0xff);
      }
    }
    int reach = Math.max(1, (int) Math.round(BACKGROUND_REACH_INCHES * estimatedDpi(gray) / cell));
    paper = brightestAround(brightestAround(paper, cw, ch, reach, 1, cw), cw, ch, reach, cw, ch);
    // a scan's paper is even: left as it is, it costs no pass over every pixel
    int[] sorted = paper.clone();
    Arrays.sort(sorted);
    if (sorted[sorted.length / 20] >= EVEN_PAPER * sorted[sorted.length - 1 - sorted.length / 20]) return gray;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] flat = pixels(out);
    for (int y = 0; y < h; y++) {
      // the paper's value at this pixel, interpolated between the centres of the cells round it
      double fy = Math.max(0, Math.min(ch - 1, (y + 0.5) / cell - 0.5));
      int y0 = (int) fy;
      int y1 = Math.min(ch - 1, y0 + 1);
      double ty = fy - y0;
      for (int x = 0; x < w; x++) {
        double fx = Math.max(0, Math.min(cw - 1, (x + 0.5) / cell - 0.5));
        int x0 = (int) fx;
        int x1 = Math.min(cw - 1, x0 + 1);
        double tx = fx - x0;
        double background = (1 - ty) * ((1 - tx) * paper[y0 * cw + x0] + tx * paper[y0 * cw + x1])
            + ty * ((1 - tx) * paper[y1 * cw + x0] + tx * paper[y1 * cw + x1]);
        int value = (int) Math.round(255.0 * (px[y * w + x] & 0xff) / Math.max(1, background));
        flat[y * w + x] = (byte) Math.min(255, value);
      }
    }
    return out;
  }

  /**
   * The brightest value within {@code reach} cells along one axis of a {@code cw} by {@code ch} grid: {@code stride} 1
   * along rows (of length {@code length} = cw), cw along columns (of length ch).
   */
  private static int[] brightestAround(int[] grid, int cw, int ch, int reach, int stride, int length) {
    int[] out = new int[grid.length];
    int lines = stride == 1 ? ch : cw;
    for (int line = 0; line < lines; line++) {
      int start = stride == 1 ? line * cw : line;
      for (int i = 0; i < length; i++) {
        int best = 0;
        for (int j = Math.max(0, i - reach); j <= Math.min(length - 1, i + reach); j++) {
          best = Math.max(best, grid[start + j * stride]);
        }
        out[start + i * stride] = best;
      }
    }
    return out;
  }

  /** Resolution of a full A4 page image, from its shorter side. */
  static int estimatedDpi(BufferedImage page) {
    return (int) Math.round(Math.min(page.getWidth(), page.getHeight()) / A4_SHORT_SIDE_INCHES);
  }

  private static BufferedImage median3x3(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] in = pixels(gray);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] o = pixels(out);
    int[] column = new int[w];
    int[] v = new int[9];
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - 1) * w;
      int row = y * w;
      int down = Math.min(h - 1, y + 1) * w;
      for (int x = 0; x < w; x++) column[x] = in[up + x] & in[row + x] & in[down + x] & 0xff;
      for (int x = 0; x < w; x++) {
        int left = Math.max(0, x - 1);
        int right = Math.min(w - 1, x + 1);
        // most of a page is blank paper: nine white pixels have a white median, no sorting needed
        if ((column[left] & column[x] & column[right]) == 0xff) {
          o[row + x] = (byte) 0xff;
          continue;
        }
        v[0] = in[up + left] & 0xff;
        v[1] = in[up + x] & 0xff;
        v[2] = in[up + right] & 0xff;
        v[3] = in[row + left] & 0xff;
        v[4] = in[row + x] & 0xff;
        v[5] = in[row + right] & 0xff;
        v[6] = in[down + left] & 0xff;
        v[7] = in[down + x] & 0xff;
        v[8] = in[down + right] & 0xff;
        o[row + x] = (byte) median9(v);
      }
    }
    return out;
  }

  // Paeth's 19-exchange network: a third of the time of sorting all nine values.
  private static int median9(int[] p) {
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 1); sort(p, 3, 4); sort(p, 6, 7);
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 3); sort(p, 5, 8); sort(p, 4, 7);
    sort(p, 3, 6); sort(p, 1, 4); sort(p, 2, 5); sort(p, 4, 7); sort(p, 4, 2); sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int a, int b) {
    if (p[a] > p[b]) {
      int t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /**
   * Rotates the page so its text lines are horizontal. The angle is the one, within ±3 degrees in 0.1 steps,
   * whose horizontal projection of dark pixels has the most variance (lines and gaps sharply apart).
   */
  static BufferedImage deskew(BufferedImage gray) {
    return rotated(gray, skewDegrees(gray));
  }

  /** {@code gray} turned by {@code -angle} degrees about its centre, white where the page was not. */
  private static BufferedImage rotated(BufferedImage gray, double angle) {
    if (Math.abs(angle) < MIN_SKEW_DEGREES) return gray;
    BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(gray, AffineTransform.getRotateInstance(Math.toRadians(-angle), gray.getWidth() / 2.0,
          gray.getHeight() / 2.0), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static double skewDegrees(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] px = pixels(gray);
    // dark pixels on a coarse grid are enough to find the angle and keep this cheap on 300 dpi pages
    int step = Math.max(1, w / 800);
    int[] xs = new int[(w / step + 1) * (h / step + 1)];
    int[] ys = new int[xs.length];
    int n = 0;
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        if ((px[y * w + x] & 0xff) < 128) {
          xs[n] = x;
          ys[n++] = y;
        }
      }
    }
    double best = 0;
    double bestScore = -1;
    int[] rows = new int[h + w];
    for (int tenth = -30; tenth <= 30; tenth++) {
      double tan = Math.tan(Math.toRadians(tenth / 10.0));
      Arrays.fill(rows, 0);
      for (int i = 0; i < n; i++) {
        // in grid steps: counted in pixels, level rows would fall on every step-th bin only, and the angle 0
        // would win on every page sampled with a step over 1 (any page from about 1600 pixels wide)
        int row = (int) Math.round((ys[i] - xs[i] * tan) / step) + w / 2;
        if (row >= 0 && row < rows.length) rows[row]++;
      }
      double score = 0;
      for (int r : rows) score += (double) r * r;
      if (score > bestScore) {
        bestScore = score;
        best = tenth / 10.0;
      }
    }
    return best;
  }

  private static byte[] pixels(BufferedImage gray) {
    return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
  }
}
