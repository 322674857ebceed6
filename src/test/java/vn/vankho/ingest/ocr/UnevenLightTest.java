package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.testing.TestOcr;

/**
 * A page photographed with a phone's shadow over part of it, read with the real Tesseract: the light is evened
 * out before reading ({@link Preprocessing#flatten}), so the shadowed lines are read, not dropped.
 */
class UnevenLightTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();


  /** The page as lit from its top left: full light there, a third of it in the bottom right corner. */
  private static BufferedImage shadowed(BufferedImage page) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    double corner = Math.hypot(page.getWidth(), page.getHeight());
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        double light = 1 - 0.67 * Math.hypot(x, y) / corner;
        out.getRaster().setSample(x, y, 0, (int) Math.round(page.getRaster().getSample(x, y, 0) * light));
      }
    }
    return out;
  }

  @Test
  void aPageInShadowReadsAsWellAsTheEvenlyLitOne() {
    SamplePage page = SamplePages.page(0, Quality.CLEAN);
    BufferedImage shadowed = shadowed(page.image());
    double lit = CharacterErrorRate.of(page.text(), OCR.engine().read(page.image()).text());
    double alone = CharacterErrorRate.of(page.text(), OCR.engine().recognize(shadowed).text());
    double read = CharacterErrorRate.of(page.text(), OCR.engine().read(shadowed).text());
    System.out.printf("page in shadow: CER evenly lit %.4f, Tesseract alone %.4f, our reading %.4f%n", lit, alone, read);
    assertTrue(alone > 0.05, "Tesseract alone loses the shadowed lines: " + alone);
    assertTrue(read <= lit + 0.005, "read as well as the evenly lit page: " + read + " against " + lit);
  }
}
