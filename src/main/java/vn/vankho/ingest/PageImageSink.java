package vn.vankho.ingest;

import java.awt.image.BufferedImage;
import java.util.List;
import vn.vankho.ingest.ocr.TextLine;

/**
 * Takes the image of each page that was read from its picture, to show beside its text, and the text lines OCR read
 * on it with where each stands on the image, for a page whose OCR reading was kept (not stored: a field flagged for
 * review is cut out of the image by them).
 */
@FunctionalInterface
public interface PageImageSink {
  void accept(int pageNumber, BufferedImage image);

  /** The lines OCR read on page {@code pageNumber}; ignored unless wanted. */
  default void lines(int pageNumber, List<TextLine> lines) {}

  PageImageSink NONE = (page, image) -> {};
}
