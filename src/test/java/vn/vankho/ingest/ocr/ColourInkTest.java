package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;

/** Red seals and blue stamps over text, taken out by their colour before Tesseract reads the page. */
class ColourInkTest {
  private static OcrEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = new OcrEngine(OcrSettings.defaults());
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void inkIsTakenOutAndBlackTextUnderItKept() {
    assertEquals(255, ColourInk.value(0xFFFFFFFF));
    assertEquals(0, ColourInk.value(0xFF000000));
    assertTrue(ColourInk.value(0xFF000000 | InkedPages.SEAL_RED.getRGB()) > 200, "red seal ink turns light");
    assertTrue(ColourInk.value(0xFF000000 | InkedPages.STAMP_BLUE.getRGB()) > 185, "blue stamp ink turns light");
    assertTrue(ColourInk.value(0xFF2A0A0C) < 60, "black text printed under red ink stays dark");
    assertTrue(ColourInk.value(0xFF283040) < 60, "black text with a phone's blue cast stays dark");
    assertEquals(255, ColourInk.value(0x00000000), "transparent is paper");
  }

  @Test
  void aSealedAndStampedPageReadsAsWellAsTheCleanOne() {
    double before = 0;
    double after = 0;
    double clean = 0;
    int pages = 2;
    for (int i = 0; i < pages; i++) {
      SamplePage page = SamplePages.page(i, Quality.CLEAN);
      BufferedImage inked = InkedPages.sealedAndStamped(page.image(), page.dpi());
      clean += CharacterErrorRate.of(page.text(), engine.read(page.image()).text());
      before += CharacterErrorRate.of(page.text(), engine.read(Gray.of(inked)).text());
      after += CharacterErrorRate.of(page.text(), engine.read(inked).text());
    }
    System.out.printf("seal and stamp, %d pages: CER clean %.4f, inked read as gray %.4f, ink taken out %.4f%n",
        pages, clean / pages, before / pages, after / pages);
    assertTrue(after < before, "taking the ink out helps: " + after + " against " + before);
    assertTrue(after / pages <= clean / pages + 0.01, "within a point of the clean page: " + after / pages);
  }
}
