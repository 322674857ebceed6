package vn.vankho.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Pages of an image file through an ImageIO reader: one for JPEG and PNG, one per image for a TIFF. */
final class RasterPageImages implements PageImages {
  private final Path file;
  private final OcrSettings settings;
  private final ImageInputStream input;
  private final ImageReader reader;
  private final int pageCount;

  private RasterPageImages(Path file, OcrSettings settings, ImageInputStream input, ImageReader reader,
                           int pageCount) {
    this.file = file;
    this.settings = settings;
    this.input = input;
    this.reader = reader;
    this.pageCount = pageCount;
  }

  static RasterPageImages open(Path file, OcrSettings settings) {
    ImageInputStream input = null;
    try {
      input = ImageIO.createImageInputStream(file.toFile());
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new OcrException(file.getFileName() + " is not a PDF, TIFF, JPEG or PNG image: its contents are not"
            + " recognised");
      }
      ImageReader reader = readers.next();
      reader.setInput(input, false, true); // ignore metadata: only the pixels are needed
      // walks the TIFF directory chain; no pixel is decoded
      int count = reader.getNumImages(true);
      if (count < 1) throw new OcrException(file.getFileName() + " holds no image");
      return new RasterPageImages(file, settings, input, reader, count);
    } catch (IOException | RuntimeException e) {
      closeQuietly(input);
      if (e instanceof OcrException ocr) throw ocr;
      throw new OcrException(file.getFileName() + " is not a readable image: " + reason(e), e);
    }
  }

  @Override
  public int pageCount() {
    return pageCount;
  }

  @Override
  public BufferedImage page(int index) {
    try {
      // the header gives the size, so a huge image is refused before its raster exists
      settings.requireAcceptableSize(reader.getWidth(index), reader.getHeight(index));
      return reader.read(index);
    } catch (OcrException e) {
      throw new OcrException(e.reason(), where(index) + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new OcrException(where(index) + "cannot be decoded: " + reason(e), e);
    }
  }

  private String where(int index) {
    return pageCount == 1 ? file.getFileName() + ": " : "page " + (index + 1) + " of " + file.getFileName() + ": ";
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void close() {
    reader.dispose();
    closeQuietly(input);
  }

  private static void closeQuietly(ImageInputStream input) {
    if (input == null) return;
    try {
      input.close();
    } catch (IOException ignored) {
      // nothing was written; a failed close of a read-only file loses nothing
    }
  }
}
