package vn.vankho.ingest.ocr;

import com.sun.jna.ptr.PointerByReference;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * Finds pages scanned upside down or sideways (a bundle fed through a scanner) and turns them upright, with
 * Tesseract's orientation detection (the {@code osd} model, Debian's tesseract-ocr-osd).
 *
 * <p>Detection on a 300 dpi page costs about as much as reading it, so it runs on a copy at
 * {@link #DETECTION_DPI}, a tenth of the cost with the same answer, and {@link OcrEngine} asks for it only
 * when a page's first reading is poor: an upright page pays nothing.
 */
final class Orientation {
  /** Letters are still well formed at this resolution, and detection takes a tenth of its 300 dpi time. */
  static final int DETECTION_DPI = 150;
  /** Below this confidence Tesseract's answer is a guess; the page is left as it is. */
  static final float MIN_CONFIDENCE = 2f;

  private final Path tessdata;

  private Orientation(Path tessdata) {
    this.tessdata = tessdata;
  }

  /** Detection with the osd model of {@code tessdata}, else of Debian's folder; empty when neither has it. */
  static Optional<Orientation> available(Path tessdata) {
    for (Path folder : new Path[] {tessdata, OcrSettings.DEBIAN_TESSDATA}) {
      if (Files.isRegularFile(folder.resolve("osd.traineddata"))) {
        return Optional.of(new Orientation(folder));
      }
    }
    return Optional.empty();
  }

  /**
   * How many degrees clockwise {@code gray} must turn to stand upright: 0, 90, 180 or 270; 0 when
   * Tesseract cannot tell with confidence.
   */
  int uprightTurn(BufferedImage gray) {
    int dpi = Preprocessing.estimatedDpi(gray);
    BufferedImage small = dpi > DETECTION_DPI ? scaled(gray, (double) DETECTION_DPI / dpi) : gray;
    TessAPI api = TessAPI.INSTANCE;
    TessBaseAPI handle = api.TessBaseAPICreate();
    try {
      if (api.TessBaseAPIInit3(handle, tessdata.toString(), "osd") != 0) {
        throw new OcrException("Tesseract could not load its orientation model from " + tessdata);
      }
      api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
      byte[] pixels = ((DataBufferByte) small.getRaster().getDataBuffer()).getData();
      api.TessBaseAPISetImage(handle, ByteBuffer.wrap(pixels), small.getWidth(), small.getHeight(), 1, small.getWidth());
      api.TessBaseAPISetSourceResolution(handle, Math.min(dpi, DETECTION_DPI));
      IntBuffer degrees = IntBuffer.allocate(1);
      FloatBuffer confidence = FloatBuffer.allocate(1);
      // a page with too little text to judge fails detection: it is left as it is
      if (api.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, new PointerByReference(),
          FloatBuffer.allocate(1)) == 0 || confidence.get(0) < MIN_CONFIDENCE) {
        return 0;
      }
      // Tesseract gives how far the page is turned clockwise from upright; turn it the rest of the way round
      return (360 - degrees.get(0)) % 360;
    } finally {
      api.TessBaseAPIEnd(handle);
      api.TessBaseAPIDelete(handle);
    }
  }

  /** {@code gray} turned {@code degrees} clockwise, a multiple of 90. */
  static BufferedImage turn(BufferedImage gray, int degrees) {
    int quarters = Math.floorMod(degrees / 90, 4);
    if (quarters == 0) return gray;
    int w = gray.getWidth();
    int h = gray.getHeight();
    BufferedImage out = new BufferedImage(quarters % 2 == 1 ? h : w, quarters % 2 == 1 ? w : h,
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(gray, turning(w, h, degrees), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Where {@link #turn} takes each point of a {@code w} x {@code h} image. */
  static AffineTransform turning(int w, int h, int degrees) {
    int quarters = Math.floorMod(degrees / 90, 4);
    AffineTransform turn = new AffineTransform();
    turn.translate((quarters % 2 == 1 ? h : w) / 2.0, (quarters % 2 == 1 ? w : h) / 2.0);
    turn.quadrantRotate(quarters);
    turn.translate(-w / 2.0, -h / 2.0);
    return turn;
  }

  private static BufferedImage scaled(BufferedImage gray, double factor) {
    BufferedImage out = new BufferedImage((int) Math.round(gray.getWidth() * factor),
        (int) Math.round(gray.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(gray, 0, 0, out.getWidth(), out.getHeight(), null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
