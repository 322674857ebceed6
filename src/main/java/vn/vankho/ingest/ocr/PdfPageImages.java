package vn.vankho.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDF pages rendered by PDFBox; the document is read from the file and cached in temp files, not the heap. */
final class PdfPageImages implements PageImages {
  private static final float POINTS_PER_INCH = 72f;

  private final Path file;
  private final OcrSettings settings;
  private final PDDocument document;
  private final PDFRenderer renderer;

  private PdfPageImages(Path file, OcrSettings settings, PDDocument document) {
    this.file = file;
    this.settings = settings;
    this.document = document;
    this.renderer = new PDFRenderer(document);
  }

  static PdfPageImages open(Path file, OcrSettings settings) {
    try {
      PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
          IOUtils.createTempFileOnlyStreamCache());
      return new PdfPageImages(file, settings, document);
    } catch (IOException e) {
      throw new OcrException(file.getFileName() + " is not a readable PDF: " + e.getMessage(), e);
    }
  }

  @Override
  public int pageCount() {
    return document.getNumberOfPages();
  }

  @Override
  public BufferedImage page(int index) {
    PDRectangle box = document.getPage(index).getCropBox();
    float scale = settings.dpi() / POINTS_PER_INCH;
    try {
      settings.requireAcceptableSize(Math.round(box.getWidth() * scale), Math.round(box.getHeight() * scale));
      return renderer.renderImageWithDPI(index, settings.dpi(), ImageType.GRAY);
    } catch (OcrException e) {
      throw new OcrException(e.reason(), "page " + (index + 1) + " of " + file.getFileName() + ": " + e.getMessage(),
          e);
    } catch (IOException | RuntimeException e) {
      throw new OcrException("page " + (index + 1) + " of " + file.getFileName() + " cannot be rendered: "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new OcrException("closing " + file.getFileName() + " failed: " + e.getMessage(), e);
    }
  }
}
