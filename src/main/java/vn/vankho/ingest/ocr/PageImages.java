package vn.vankho.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scanned file as a sequence of page images, decoded one page at a time so that memory stays bounded by
 * one page whatever the file's length: an image-only PDF (each page rendered in gray at the settings' dpi
 * with PDFBox), a multi-page TIFF, a JPEG or a PNG. The kind is told by the file's first bytes, not its name.
 *
 * <p>{@link #pageCount()} does not decode pages. A page whose size exceeds the settings' pixel limit is
 * refused before its raster is allocated. Errors are {@link OcrException}s naming the file and the problem.
 */
public sealed interface PageImages extends AutoCloseable permits PdfPageImages, RasterPageImages {

  /** Opens a file; throws {@link OcrException} when it is neither a PDF nor an image Java can decode. */
  static PageImages open(Path file, OcrSettings settings) {
    if (!Files.isRegularFile(file)) throw new OcrException(file + " does not exist or is not a file");
    return isPdf(file) ? PdfPageImages.open(file, settings) : RasterPageImages.open(file, settings);
  }

  int pageCount();

  /** Decodes page {@code index} (from 0). */
  BufferedImage page(int index);

  @Override
  void close();

  // The PDF specification allows the header anywhere in the first 1024 bytes.
  private static boolean isPdf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1024);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      return text.contains("%PDF-");
    } catch (IOException e) {
      throw new OcrException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
    }
  }
}
