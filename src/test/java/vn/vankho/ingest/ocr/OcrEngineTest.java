package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.testing.TestOcr;

/** Reads rendered Vietnamese pages with the real Tesseract and the fast model. */
class OcrEngineTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();

  @TempDir
  Path dir;

  enum Format { PDF, TIFF, JPEG }

  static Stream<Arguments> variants() {
    // bounds: measured CER plus a margin (docs/ocr.md)
    return Stream.of(
        Arguments.of(Quality.CLEAN, Format.PDF, 0.006),
        Arguments.of(Quality.CLEAN, Format.TIFF, 0.006),
        Arguments.of(Quality.CLEAN, Format.JPEG, 0.006),
        Arguments.of(Quality.DEGRADED, Format.PDF, 0.03),
        Arguments.of(Quality.DEGRADED, Format.TIFF, 0.03),
        Arguments.of(Quality.DEGRADED, Format.JPEG, 0.03));
  }

  @ParameterizedTest(name = "{0} {1}: CER at most {2}")
  @MethodSource("variants")
  void readsVietnameseDiacriticsWithinTheErrorBound(Quality quality, Format format, double bound) {
    List<SamplePage> pages = PageRendering.samplePages(format == Format.JPEG ? 1 : 2, quality);
    Path file = switch (format) {
      case PDF -> PageRendering.writePdf(dir.resolve("scan.pdf"), pages);
      case TIFF -> PageRendering.writeTiff(dir.resolve("scan.tif"), pages);
      case JPEG -> PageRendering.writeJpeg(dir.resolve("scan.jpg"), pages.get(0));
    };

    List<PageOutcome> outcomes = OCR.engine().readPages(file);

    assertEquals(pages.size(), outcomes.size());
    for (int i = 0; i < pages.size(); i++) {
      PageOutcome.Read read = assertInstanceOf(PageOutcome.Read.class, outcomes.get(i));
      assertEquals(i + 1, read.pageNumber());
      double cer = CharacterErrorRate.of(pages.get(i).text(), read.result().text());
      System.out.printf("%s %s page %d: CER %.4f, confidence %.0f%n", quality, format, i + 1, cer,
          read.result().meanConfidence());
      assertTrue(cer <= bound, () -> "CER " + cer + " over " + bound + "; read:\n" + read.result().text());
    }
  }

  @Test
  void garbageNamedPngIsRefusedWithTheReason() {
    Path file = PageRendering.writeGarbage(dir.resolve("scan.png"));

    OcrException e = assertThrows(OcrException.class, () -> OCR.engine().readPages(file));

    assertEquals("scan.png is not a PDF, TIFF, JPEG or PNG image: its contents are not recognised", e.getMessage());
  }

  @Test
  void hugeImageFailsBeforeItsPixelsAreAllocated() {
    // 30000x30000 RGBA is 3.6 GB: decoding it would run out of the test heap instead of failing cleanly
    Path file = PageRendering.writeOversizedPng(dir.resolve("huge.png"), 30000, 30000);

    List<PageOutcome> outcomes = OCR.engine().readPages(file);

    PageOutcome.Failed failed = assertInstanceOf(PageOutcome.Failed.class, outcomes.get(0));
    assertEquals("huge.png: image of 30000x30000 pixels is too large to read (limit 100 megapixels)", failed.reason());
  }

  @Test
  void aBadPageDoesNotStopTheOthers() {
    // the middle page is a 300 dpi A4 scan of 8.7 megapixels, over this engine's 5 megapixel limit
    List<SamplePage> pages = List.of(SamplePages.page(0, Quality.DEGRADED), SamplePages.page(1, Quality.CLEAN),
        SamplePages.page(2, Quality.DEGRADED));
    Path file = PageRendering.writeTiff(dir.resolve("mixed.tif"), pages);

    List<PageOutcome> outcomes;
    try (OcrEngine small = new OcrEngine(TestOcr.settings().withMaxPixels(5_000_000))) {
      outcomes = small.readPages(file);
    }

    assertEquals(3, outcomes.size());
    assertInstanceOf(PageOutcome.Read.class, outcomes.get(0));
    PageOutcome.Failed failed = assertInstanceOf(PageOutcome.Failed.class, outcomes.get(1));
    assertEquals("page 2 of mixed.tif: image of 2481x3507 pixels is too large to read (limit 5 megapixels)",
        failed.reason());
    PageOutcome.Read third = assertInstanceOf(PageOutcome.Read.class, outcomes.get(2));
    assertEquals(3, third.pageNumber());
    assertTrue(CharacterErrorRate.of(pages.get(2).text(), third.result().text()) <= 0.03);
  }

  @Test
  void threadsReadingAtOnceGetTheSameTextAsOneAtATime() throws Exception {
    List<SamplePage> pages = PageRendering.samplePages(2, Quality.DEGRADED);
    List<String> alone = pages.stream().map(p -> OCR.engine().read(p.image()).text()).toList();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> together =
          pages.stream().map(p -> pool.submit(() -> OCR.engine().read(p.image()).text())).toList();
      for (int i = 0; i < pages.size(); i++) assertEquals(alone.get(i), together.get(i).get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void missingBestModelNamesTheScriptThatInstallsIt() {
    Path empty = dir.resolve("tessdata-best");

    OcrException e = assertThrows(OcrException.class, () -> new OcrEngine(OcrSettings.best(empty)));

    assertEquals("no best model at " + empty.resolve("vie.traineddata") + ": run scripts/fetch-ocr-models " + empty,
        e.getMessage());
  }

  @Test
  void aClosedEngineRefusesToRead() {
    OcrEngine closed = TestOcr.newEngine();
    closed.close();

    assertThrows(IllegalStateException.class, () -> closed.read(SamplePages.page(0, Quality.CLEAN).image()));
  }
}
