package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.vankho.testing.TestOcr;
import vn.vankho.text.PageQuality;

/**
 * The quality score on generated realistic scans read by the real Tesseract: a good scan is not sent to review,
 * a badly read one is (docs/ocr.md, "Realistic scans", has the benchmark's figures).
 */
class RealisticQualityTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();


  @Test
  void testGoodScanIsNotFlaggedAndPoorScanIs() {
    RealisticScans.Scan scan = RealisticScans.page(0);
    OcrResult good = OCR.engine().read(scan.image());
    double goodCer = CharacterErrorRate.ofLines(scan.truth().text(), good.text());
    double goodPredicted = PageQuality.predictedCer(PageQuality.signs(good.text(), good.wordConfidences(), good.symbolConfidences(),
        good.ink()));
    // the same page faxed: a quarter of the resolution (50 dpi), text too small for the model; at a third it is now
    // read at under 3% CER
    OcrResult poor = OCR.engine().read(shrunk(scan.image(), 4));
    double poorCer = CharacterErrorRate.ofLines(scan.truth().text(), poor.text());
    double poorPredicted = PageQuality.predictedCer(PageQuality.signs(poor.text(), poor.wordConfidences(), poor.symbolConfidences(),
        poor.ink()));
    System.out.printf("realistic page 0: CER %.4f predicted %.4f; at a quarter of its resolution: CER %.4f predicted %.4f%n",
        goodCer, goodPredicted, poorCer, poorPredicted);
    assertTrue(goodCer < 0.01, "good scan CER " + goodCer);
    assertFalse(goodPredicted > PageQuality.REVIEW_ABOVE_CER, "good scan predicted " + goodPredicted);
    assertTrue(poorCer > 0.05, "poor scan CER " + poorCer);
    assertTrue(poorPredicted > PageQuality.REVIEW_ABOVE_CER, "poor scan predicted " + poorPredicted);
  }

  private static BufferedImage shrunk(BufferedImage image, int factor) {
    BufferedImage small = new BufferedImage(image.getWidth() / factor, image.getHeight() / factor,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
    g.dispose();
    return small;
  }
}
