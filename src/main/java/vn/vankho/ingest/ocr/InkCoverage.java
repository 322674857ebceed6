package vn.vankho.ingest.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;

/**
 * How much of a page's ink lies outside every text line the engine read: the sign of text that was not read at all.
 * A faxed page at 100 dpi can lose whole lines to Tesseract's layout analysis while what it did read, it read with
 * confidence; the ink of those lines is still on the page, outside every line box. A signature or a handwritten
 * note is uncovered ink too, so the share is weighed against measured CER ({@code PageQuality}), not read as CER.
 */
public final class InkCoverage {
  /** Darker than this (0 to 255) is ink: text is near black, paper and a dropped-out seal are light. */
  private static final int INK_BELOW = 128;
  /** A line box is widened by this share of its height on each side: marks stand above and below the letters. */
  private static final double MARGIN = 0.25;

  private InkCoverage() {}

  /**
   * The share of {@code image}'s ink (0 to 1) outside every box of {@code lineBoxes} (in its pixels); a page with
   * no ink has none uncovered. A dark pixel with no dark neighbour is a speck of noise, not ink.
   */
  public static double uncoveredShare(BufferedImage image, List<Rectangle> lineBoxes) {
    BufferedImage gray = Gray.of(image);
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    boolean[] covered = new boolean[w * h];
    for (Rectangle box : lineBoxes) {
      int pad = (int) Math.ceil(MARGIN * box.height);
      int x0 = Math.max(0, box.x - pad);
      int x1 = Math.min(w, box.x + box.width + pad);
      int y0 = Math.max(0, box.y - pad);
      int y1 = Math.min(h, box.y + box.height + pad);
      for (int y = y0; y < y1; y++) Arrays.fill(covered, y * w + x0, y * w + Math.max(x0, x1), true);
    }
    long ink = 0;
    long uncovered = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        if (!dark(pixels[i])) continue;
        if (!dark(pixels[i - 1]) && !dark(pixels[i + 1]) && !dark(pixels[i - w]) && !dark(pixels[i + w])) continue;
        ink++;
        if (!covered[i]) uncovered++;
      }
    }
    return ink == 0 ? 0 : (double) uncovered / ink;
  }

  private static boolean dark(byte pixel) {
    return (pixel & 0xff) < INK_BELOW;
  }
}
