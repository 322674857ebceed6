package vn.vankho.eval;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Locale;
import java.util.Random;

/**
 * The ways a page is made worse than a feeder scan leaves it, each at a strength from 0 (a little) to 1 (hardly
 * legible), so that the quality score is measured over the whole range of CER an archive meets and its Spearman
 * measures the order it gives, not ties among pages read without a slip. Page {@code i} of a ladder takes kind
 * {@code i mod 6} at a strength in the {@code (i / 6) mod 4}-th quarter of the range, drawn within it from the index:
 * 24 pages hold every kind at every quarter once, at strengths that do not repeat.
 */
final class ScanDegradations {
  /** One way to spoil a page, with what its strength 0 to 1 does. */
  enum Kind {
    /** Out of focus: a Gaussian blur of sigma 0.6 to 3 pixels. */
    BLUR,
    /** A dirty glass or a bad fax line: 2% to 25% of the pixels black or white. */
    NOISE,
    /** A fax or a small photocopy: the resolution divided by 1.3 to 3.4 (about 150 to 60 dpi). */
    LOW_DPI,
    /** Sent by a phone: JPEG quality 0.2 down to 0.01. */
    JPEG,
    /** Laid askew on the glass: 1 to 8 degrees. */
    SKEW,
    /** A dry ribbon or a copy of a copy: the ink's darkness kept at 40% down to 6% of the paper's contrast. */
    FAINT
  }

  /** A spoiled page: the image, whether to save it as JPEG (and at which quality), and a label saying how. */
  record Degraded(BufferedImage image, float jpegQuality, String label) {
    /** True when the page is to be saved as JPEG, at {@link #jpegQuality}; otherwise losslessly. */
    boolean jpeg() {
      return jpegQuality > 0;
    }
  }

  private static final int LEVELS = 4;

  private ScanDegradations() {}

  /** The kind of ladder page {@code index}. */
  static Kind kindOf(int index) {
    return Kind.values()[Math.floorMod(index, Kind.values().length)];
  }

  /** The strength of ladder page {@code index}, 0 to 1: its quarter from the index, its place in it drawn. */
  static double strengthOf(int index) {
    int quarter = Math.floorMod(index / Kind.values().length, LEVELS);
    return (quarter + new Random(index * 104_729L + 3).nextDouble()) / LEVELS;
  }

  /** Ladder page {@code index} made of {@code image}. */
  static Degraded apply(int index, BufferedImage image) {
    Kind kind = kindOf(index);
    double s = strengthOf(index);
    Random random = new Random(index * 15_485_863L + 11);
    return switch (kind) {
      case BLUR -> {
        double sigma = 0.6 + 2.4 * s;
        yield new Degraded(blurred(image, sigma), 0, label(kind, "sigma %.1f", sigma));
      }
      case NOISE -> {
        double share = 0.02 + 0.23 * s;
        yield new Degraded(speckled(image, share, random), 0, label(kind, "%.1f%%", share * 100));
      }
      case LOW_DPI -> {
        double factor = 1.3 + 2.1 * s;
        yield new Degraded(shrunk(image, factor), 0, label(kind, "1/%.1f", factor));
      }
      case JPEG -> {
        float quality = (float) (0.2 - 0.19 * s);
        yield new Degraded(image, quality, label(kind, "q %.2f", quality));
      }
      case SKEW -> {
        double degrees = (1 + 7 * s) * (random.nextBoolean() ? 1 : -1);
        yield new Degraded(turned(image, degrees), 0, label(kind, "%.1f deg", degrees));
      }
      case FAINT -> {
        double contrast = 0.4 - 0.34 * s;
        yield new Degraded(faded(image, contrast, random), 0, label(kind, "%.0f%%", contrast * 100));
      }
    };
  }

  private static String label(Kind kind, String format, double value) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + String.format(Locale.ROOT, format, value);
  }

  private static BufferedImage shrunk(BufferedImage image, double factor) {
    BufferedImage small = new BufferedImage((int) (image.getWidth() / factor), (int) (image.getHeight() / factor),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
    } finally {
      g.dispose();
    }
    return small;
  }

  private static BufferedImage blurred(BufferedImage image, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] weights = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      weights[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
      sum += weights[i + radius];
    }
    for (int i = 0; i < weights.length; i++) weights[i] /= sum;
    // the border copied rather than blackened: ConvolveOp's zero edge would draw a dark frame
    ConvolveOp across = new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null);
    ConvolveOp down = new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null);
    return down.filter(across.filter(rgb(image), null), null);
  }

  private static BufferedImage speckled(BufferedImage image, double share, Random random) {
    BufferedImage out = rgb(image);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        if (random.nextDouble() < share) out.setRGB(x, y, random.nextBoolean() ? 0x000000 : 0xffffff);
      }
    }
    return out;
  }

  private static BufferedImage turned(BufferedImage image, double degrees) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(new Color(250, 247, 238));
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
          image.getHeight() / 2.0), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Each channel's distance below white kept at {@code contrast}, with a little sensor noise over it. */
  private static BufferedImage faded(BufferedImage image, double contrast, Random random) {
    BufferedImage out = rgb(image);
    int[] pixels = out.getRGB(0, 0, out.getWidth(), out.getHeight(), null, 0, out.getWidth());
    for (int i = 0; i < pixels.length; i++) {
      int noise = (int) Math.round(random.nextGaussian() * 6);
      int red = fade((pixels[i] >> 16) & 0xff, contrast, noise);
      int green = fade((pixels[i] >> 8) & 0xff, contrast, noise);
      int blue = fade(pixels[i] & 0xff, contrast, noise);
      pixels[i] = (red << 16) | (green << 8) | blue;
    }
    out.setRGB(0, 0, out.getWidth(), out.getHeight(), pixels, 0, out.getWidth());
    return out;
  }

  private static int fade(int value, double contrast, int noise) {
    return Math.max(0, Math.min(255, (int) Math.round(255 - (255 - value) * contrast) + noise));
  }

  private static BufferedImage rgb(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }
}
