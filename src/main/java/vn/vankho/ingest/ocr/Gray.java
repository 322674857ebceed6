package vn.vankho.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;

/** Eight-bit gray images with one byte per pixel and no padding: the layout Tesseract takes as is. */
final class Gray {
  private Gray() {}

  /** The image itself when it already has that layout, else a gray copy. */
  static BufferedImage of(BufferedImage image) {
    if (isPlain(image)) return image;
    BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      // transparent parts of a PNG would turn black on a gray canvas; paper is white
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return gray;
  }

  // A sub-image shares its parent's buffer with an offset and a wider stride: copy it instead.
  private static boolean isPlain(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getParent() == null
        && image.getSampleModel() instanceof ComponentSampleModel model
        && model.getScanlineStride() == image.getWidth()
        && image.getRaster().getDataBuffer().getOffset() == 0
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0;
  }
}
