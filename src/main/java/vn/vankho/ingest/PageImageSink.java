package vn.vankho.ingest;

import java.awt.image.BufferedImage;

/** Takes the image of each page that was read from its picture, to show beside its text. */
@FunctionalInterface
public interface PageImageSink {
  void accept(int pageNumber, BufferedImage image);

  PageImageSink NONE = (page, image) -> {};
}
