package vn.vankho.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Cleans a page image before Tesseract reads it. Candidate steps, each measured on degraded Vietnamese pages
 * (docs/ocr.md): despeckle, upscale low resolution, deskew, binarize.
 */
public final class Preprocessing {
  /** Official documents are on A4 paper (Decree 30/2020/NĐ-CP), so a page's width tells its resolution. */
  private static final double A4_SHORT_SIDE_INCHES = 8.27;
  private static final int LOW_DPI = 200;

  private Preprocessing() {}

  /** The steps the measurement supports, in order. */
  public static BufferedImage prepare(BufferedImage page) {
    return binarize(deskew(upscaleLowResolution(despeckle(Gray.of(page)))));
  }

  /** Resolution of a full A4 page image, from its shorter side. */
  static int estimatedDpi(BufferedImage page) {
    return (int) Math.round(Math.min(page.getWidth(), page.getHeight()) / A4_SHORT_SIDE_INCHES);
  }

  /** Doubles a page scanned under 200 dpi with bicubic interpolation: Tesseract's models want x-heights of ~20 px. */
  static BufferedImage upscaleLowResolution(BufferedImage gray) {
    if (estimatedDpi(gray) >= LOW_DPI) return gray;
    BufferedImage big = new BufferedImage(gray.getWidth() * 2, gray.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(gray, 0, 0, big.getWidth(), big.getHeight(), null);
    } finally {
      g.dispose();
    }
    return big;
  }

  /** Median of each 3x3 neighbourhood: removes isolated dark and light pixels, keeps strokes. */
  static BufferedImage despeckle(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] in = pixels(gray);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] o = pixels(out);
    int[] window = new int[9];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
          int yy = Math.min(h - 1, Math.max(0, y + dy));
          for (int dx = -1; dx <= 1; dx++) {
            int xx = Math.min(w - 1, Math.max(0, x + dx));
            window[n++] = in[yy * w + xx] & 0xff;
          }
        }
        Arrays.sort(window);
        o[y * w + x] = (byte) window[4];
      }
    }
    return out;
  }

  /**
   * Rotates the page so its text lines are horizontal. The angle is the one, within ±3 degrees in 0.1 steps,
   * whose horizontal projection of dark pixels has the most variance (lines and gaps sharply apart).
   */
  static BufferedImage deskew(BufferedImage gray) {
    double angle = skewDegrees(gray);
    if (Math.abs(angle) < 0.05) return gray;
    BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
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
        int row = (int) Math.round(ys[i] - xs[i] * tan) + w / 2;
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

  /**
   * Sauvola thresholding (k = 0.34, window 31 px at 300 dpi): a pixel is ink when darker than
   * mean * (1 + k * (sd / 128 - 1)) of its neighbourhood, so uneven paper and faint marks survive.
   */
  static BufferedImage binarize(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] in = pixels(gray);
    long[] sum = new long[(w + 1) * (h + 1)];
    long[] sq = new long[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      long rowSum = 0;
      long rowSq = 0;
      for (int x = 0; x < w; x++) {
        int v = in[y * w + x] & 0xff;
        rowSum += v;
        rowSq += (long) v * v;
        sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + rowSum;
        sq[(y + 1) * (w + 1) + x + 1] = sq[y * (w + 1) + x + 1] + rowSq;
      }
    }
    int r = Math.max(7, estimatedDpi(gray) / 20);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] o = pixels(out);
    for (int y = 0; y < h; y++) {
      int y0 = Math.max(0, y - r);
      int y1 = Math.min(h, y + r + 1);
      for (int x = 0; x < w; x++) {
        int x0 = Math.max(0, x - r);
        int x1 = Math.min(w, x + r + 1);
        double count = (double) (x1 - x0) * (y1 - y0);
        double s = sum[y1 * (w + 1) + x1] - sum[y0 * (w + 1) + x1] - sum[y1 * (w + 1) + x0] + sum[y0 * (w + 1) + x0];
        double s2 = sq[y1 * (w + 1) + x1] - sq[y0 * (w + 1) + x1] - sq[y1 * (w + 1) + x0] + sq[y0 * (w + 1) + x0];
        double mean = s / count;
        double sd = Math.sqrt(Math.max(0, s2 / count - mean * mean));
        double threshold = mean * (1 + 0.34 * (sd / 128 - 1));
        o[y * w + x] = (in[y * w + x] & 0xff) < threshold ? 0 : (byte) 255;
      }
    }
    return out;
  }

  private static byte[] pixels(BufferedImage gray) {
    return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
  }
}
