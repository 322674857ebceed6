package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.testing.TestOcr;

class PageImagesTest {
  private final OcrSettings settings = TestOcr.settings();

  @TempDir
  Path dir;

  @Test
  void pdfPagesAreRenderedAtThreeHundredDpi() {
    Path file = PageRendering.writePdf(dir.resolve("scan.pdf"), PageRendering.samplePages(2, Quality.DEGRADED));

    try (PageImages pages = PageImages.open(file, settings)) {
      assertEquals(2, pages.pageCount());
      BufferedImage second = pages.page(1);
      // A4 is 8.27 x 11.69 inches; the 150 dpi scan is rendered at the settings' 300 dpi
      assertEquals(2481, second.getWidth(), 1);
      assertEquals(3508, second.getHeight(), 1);
      assertEquals(BufferedImage.TYPE_BYTE_GRAY, second.getType());
    }
  }

  @Test
  void everyPageOfATiffIsAPage() {
    Path file = PageRendering.writeTiff(dir.resolve("scan.tiff"), PageRendering.samplePages(3, Quality.DEGRADED));

    try (PageImages pages = PageImages.open(file, settings)) {
      assertEquals(3, pages.pageCount());
      assertEquals(1241, pages.page(2).getWidth());
    }
  }

  @Test
  void theKindIsToldByContentNotByName() {
    Path file = PageRendering.writePng(dir.resolve("scan.pdf"), SamplePages.page(0, Quality.DEGRADED).image());

    try (PageImages pages = PageImages.open(file, settings)) {
      assertEquals(1, pages.pageCount());
      assertEquals(1241, pages.page(0).getWidth());
    }
  }

  @Test
  void aHugeImageIsCountedButNotDecoded() {
    Path file = PageRendering.writeOversizedPng(dir.resolve("huge.png"), 30000, 30000);

    try (PageImages pages = PageImages.open(file, settings)) {
      assertEquals(1, pages.pageCount());
      OcrException e = assertThrows(OcrException.class, () -> pages.page(0));
      assertEquals("huge.png: image of 30000x30000 pixels is too large to read (limit 100 megapixels)", e.getMessage());
    }
  }

  @Test
  void aCorruptPdfIsRefusedWithTheReason() throws Exception {
    Path file = dir.resolve("broken.pdf");
    Files.writeString(file, "%PDF-1.7\nthis is not the rest of a PDF");

    OcrException e = assertThrows(OcrException.class, () -> PageImages.open(file, settings));

    assertTrue(e.getMessage().startsWith("broken.pdf is not a readable PDF: "), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("absent.tif");

    OcrException e = assertThrows(OcrException.class, () -> PageImages.open(file, settings));

    assertEquals(file + " does not exist or is not a file", e.getMessage());
  }
}
