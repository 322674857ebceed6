package vn.vankho.ingest.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * A rendered page as it comes back from a colour scanner after signing: a red round seal (double ring, the
 * issuing body's name around it, a star in the middle) over the last lines, and a blue reception stamp
 * ("ĐẾN", its number and date) over the first lines, both printed over the text as ink is, then saved as a
 * JPEG. The text of the page is known; the seal's and stamp's words are not part of it.
 */
final class InkedPages {
  static final Color SEAL_RED = new Color(205, 32, 40);
  static final Color STAMP_BLUE = new Color(32, 64, 190);

  private InkedPages() {}

  static BufferedImage sealedAndStamped(BufferedImage gray, int dpi) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    BufferedImage seal = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    BufferedImage stamp = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    drawSeal(seal, w * 0.62, h * 0.30, dpi * 0.78, dpi);
    drawStamp(stamp, w * 0.14, h * 0.13, dpi);
    BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int paper = gray.getRaster().getSample(x, y, 0);
        int rgb = (paper << 16) | (paper << 8) | paper;
        page.setRGB(x, y, multiply(multiply(rgb, seal.getRGB(x, y)), stamp.getRGB(x, y)));
      }
    }
    return jpeg(page);
  }

  /** Ink over paper: each component darkens by the ink's, so black text under the ink stays black. */
  private static int multiply(int rgb, int argb) {
    int alpha = argb >>> 24;
    if (alpha == 0) return rgb;
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      int under = (rgb >> shift) & 0xff;
      int ink = (argb >> shift) & 0xff;
      int inked = under * ink / 255;
      out |= ((under * (255 - alpha) + inked * alpha) / 255) << shift;
    }
    return out;
  }

  private static void drawSeal(BufferedImage layer, double cx, double cy, double radius, int dpi) {
    Graphics2D g = layer.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(SEAL_RED.getRed(), SEAL_RED.getGreen(), SEAL_RED.getBlue(), 230));
      g.setStroke(new BasicStroke(dpi / 30f));
      g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
      g.setStroke(new BasicStroke(dpi / 90f));
      double inner = radius * 0.62;
      g.draw(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
      Font font = new Font(Font.SANS_SERIF, Font.BOLD, dpi / 7);
      g.setFont(font);
      String around = "ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG * TỈNH LÂM ĐỒNG *";
      FontMetrics metrics = g.getFontMetrics();
      double textRadius = (radius + inner) / 2 - metrics.getAscent() / 2.0;
      double angle = -Math.PI / 2 - Math.PI * 0.85;
      double step = 1.7 * Math.PI / around.length();
      AffineTransform base = g.getTransform();
      for (char c : around.toCharArray()) {
        g.setTransform(base);
        g.translate(cx + textRadius * Math.cos(angle), cy + textRadius * Math.sin(angle));
        g.rotate(angle + Math.PI / 2);
        g.drawString(String.valueOf(c), -metrics.charWidth(c) / 2, 0);
        angle += step;
      }
      g.setTransform(base);
      g.setFont(font.deriveFont(dpi / 3f));
      g.drawString("★", (float) (cx - dpi / 7.0), (float) (cy + dpi / 9.0));
    } finally {
      g.dispose();
    }
  }

  private static void drawStamp(BufferedImage layer, double x, double y, int dpi) {
    Graphics2D g = layer.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.rotate(Math.toRadians(-4), x, y);
      g.setColor(new Color(STAMP_BLUE.getRed(), STAMP_BLUE.getGreen(), STAMP_BLUE.getBlue(), 220));
      g.setStroke(new BasicStroke(dpi / 60f));
      int width = (int) (dpi * 2.3);
      int height = (int) (dpi * 1.05);
      g.drawRect((int) x, (int) y, width, height);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 5));
      g.drawString("ĐẾN", (int) (x + dpi * 0.15), (int) (y + dpi * 0.3));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, dpi / 7));
      g.drawString("Số: 125   Ngày: 16/3/2025", (int) (x + dpi * 0.15), (int) (y + dpi * 0.6));
      g.drawString("Chuyển: Văn phòng", (int) (x + dpi * 0.15), (int) (y + dpi * 0.9));
    } finally {
      g.dispose();
    }
  }

  /** Through a JPEG at quality 0.85, as a colour scanner saves: its colour fringes are part of the test. */
  private static BufferedImage jpeg(BufferedImage page) {
    try {
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
      ImageWriter writer = writers.next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (var out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(page, null, null), param);
      } finally {
        writer.dispose();
      }
      return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
