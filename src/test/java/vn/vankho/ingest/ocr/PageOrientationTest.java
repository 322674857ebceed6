package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.testing.TestOcr;

/** Pages fed into a scanner sideways or upside down are read upright, with the real Tesseract. */
class PageOrientationTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();
  private static final SamplePage PAGE = SamplePages.page(1, Quality.CLEAN);

  @ParameterizedTest(name = "a page turned {0} degrees clockwise is read upright")
  @ValueSource(ints = {90, 180, 270})
  void aTurnedPageIsReadUpright(int degrees) {
    var turned = Orientation.turn(PAGE.image(), degrees);
    double asItLies =
        CharacterErrorRate.of(PAGE.text(), OCR.engine().recognize(Preprocessing.prepare(turned).image()).text());
    OcrResult result = OCR.engine().read(turned);
    double read = CharacterErrorRate.of(PAGE.text(), result.text());
    // measured: Tesseract alone reads a page turned 90 degrees (its layout analysis finds the vertical
    // lines) but not one turned 180 (CER 0.83) or 270 (0.83)
    System.out.printf("turned %d: CER as it lies %.3f, read %.4f%n", degrees, asItLies, read);
    assertTrue(read <= 0.01, "CER " + read);
    // the first line's place is given on the page as it lies: the top of the text went right, down or left
    TextLine first = result.lines().get(0);
    assertEquals(PAGE.text().lines().findFirst().orElseThrow().strip(), first.text());
    double x = (first.left() + first.right()) / 2;
    double y = (first.top() + first.bottom()) / 2;
    assertTrue(switch (degrees) {
      case 90 -> x > 0.75;
      case 180 -> y > 0.75;
      default -> x < 0.25;
    }, "first line at " + first);
  }

  @Test
  void aSealedPageUpsideDownLosesItsInkToo() {
    BufferedImage inked = InkedPages.sealedAndStamped(PAGE.image(), PAGE.dpi());
    // a colour page upside down: the ink must still be taken out of the reading done upright
    BufferedImage colourUpsideDown = new BufferedImage(inked.getWidth(), inked.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = colourUpsideDown.createGraphics();
    g.drawImage(inked, AffineTransform.getRotateInstance(Math.PI, inked.getWidth() / 2.0, inked.getHeight() / 2.0), null);
    g.dispose();
    double read = CharacterErrorRate.of(PAGE.text(), OCR.engine().read(colourUpsideDown).text());
    System.out.printf("sealed, stamped and upside down: CER %.4f%n", read);
    assertTrue(read <= 0.01, "CER " + read);
  }

  @ParameterizedTest(name = "orientation detection says how far to turn a page turned {0} degrees")
  @ValueSource(ints = {0, 90, 180, 270})
  void detectionTellsTheTurn(int degrees) {
    var orientation = Orientation.available(TestOcr.settings().tessdata()).orElseThrow();
    assertEquals((360 - degrees) % 360, orientation.uprightTurn(Orientation.turn(PAGE.image(), degrees)));
  }
}
