package vn.vankho.ingest.ocr;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Gray for reading, with the coloured ink of seals and stamps taken out by its colour: red seals, blue and
 * violet stamps, which Tesseract otherwise reads as stray letters and which break the lines they cross.
 *
 * <p>A pixel of such ink (strongly coloured, red, violet or blue: the green component is not its largest)
 * takes the value of its brightest component, as a scanner's colour dropout does: a red seal's (200, 40, 40)
 * becomes a light 200, while black text printed under the seal stays dark, because ink over black is still
 * black. Every other pixel takes its luminance. Black, gray and faint colour casts of a phone photo are
 * under the chroma threshold and read as before. The original image is not changed: it is what the
 * archive shows.
 */
final class ColourInk {
  /** How far apart a pixel's brightest and darkest components must be for it to count as coloured ink. */
  static final int MIN_CHROMA = 60;

  private ColourInk() {}

  /** A gray copy of {@code page} without its coloured ink; a gray page as {@link Gray#of} gives it. */
  static BufferedImage toGray(BufferedImage page) {
    if (page.getType() == BufferedImage.TYPE_BYTE_GRAY || page.getColorModel().getNumColorComponents() == 1) {
      return Gray.of(page);
    }
    int[] argb = pixels(page);
    BufferedImage gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) value(argb[i]);
    }
    return gray;
  }

  /**
   * The page's pixels as ARGB ints, one per pixel, in rows. Drawn onto an ARGB canvas by Java2D's native
   * loops: reading a JPEG's BGR bytes pixel by pixel through its colour model costs ten times as much.
   */
  private static int[] pixels(BufferedImage page) {
    if (page.getType() == BufferedImage.TYPE_INT_ARGB && page.getRaster().getParent() == null
        && page.getRaster().getDataBuffer().getOffset() == 0
        && page.getRaster().getSampleModelTranslateX() == 0 && page.getRaster().getSampleModelTranslateY() == 0) {
      return ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
    }
    BufferedImage argb = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    return ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
  }

  /** The gray value of one ARGB pixel: the brightest component for coloured ink, else the luminance. */
  static int value(int argb) {
    if ((argb >>> 24) < 128) return 255; // transparent: paper
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    int max = Math.max(r, Math.max(g, b));
    int min = Math.min(r, Math.min(g, b));
    if (max - min >= MIN_CHROMA && g < max) return max;
    return (r * 299 + g * 587 + b * 114) / 1000;
  }
}
