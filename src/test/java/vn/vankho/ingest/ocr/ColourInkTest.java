package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.testing.RealCorpus;
import vn.vankho.testing.TestOcr;

/** Red seals and blue stamps over text, taken out by their colour before Tesseract reads the page. */
class ColourInkTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();


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
      clean += CharacterErrorRate.of(page.text(), OCR.engine().read(page.image()).text());
      before += CharacterErrorRate.of(page.text(), OCR.engine().read(Gray.of(inked)).text());
      after += CharacterErrorRate.of(page.text(), OCR.engine().read(inked).text());
    }
    System.out.printf("seal and stamp, %d pages: CER clean %.4f, inked read as gray %.4f, ink taken out %.4f%n",
        pages, clean / pages, before / pages, after / pages);
    assertTrue(after < before, "taking the ink out helps: " + after + " against " + before);
    assertTrue(after / pages <= clean / pages + 0.01, "within a point of the clean page: " + after / pages);
  }

  @ParameterizedTest(name = "real scan {0}: our preprocessing reads it no worse than Tesseract alone")
  @ValueSource(strings = {"cv-1906-sgddt-da-nang.p1", "cv-1906-sgddt-da-nang.p2"})
  void realScansReadNoWorseThanTesseractAlone(String name) throws Exception {
    // the two real pages of the shared corpus with a transcription: phone photos of about 70 dpi, page 2
    // with the red seal over the signature
    Path scans = RealCorpus.root().resolve("scans");
    BufferedImage scan = ImageIO.read(scans.resolve(name + ".jpg").toFile());
    String truth = Files.readString(scans.resolve(name + ".txt"));
    double alone = CharacterErrorRate.of(truth, OCR.engine().recognize(Gray.of(scan)).text());
    double gray = CharacterErrorRate.of(truth, OCR.engine().read(Gray.of(scan)).text());
    double read = CharacterErrorRate.of(truth, OCR.engine().read(scan).text());
    System.out.printf("%s: CER Tesseract alone %.4f, pipeline on the gray page %.4f, pipeline with the ink taken out %.4f%n",
        name, alone, gray, read);
    assertTrue(read <= gray + 0.002, "taking the ink out does not hurt: " + read + " against " + gray);
    assertTrue(read <= alone + 0.005, "preprocessing does not hurt: " + read + " against " + alone);
  }
}
