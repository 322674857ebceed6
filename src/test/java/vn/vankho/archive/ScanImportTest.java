package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.ingest.ocr.CharacterErrorRate;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.TestFiles;
import vn.vankho.text.Diacritics;
import vn.vankho.text.PageQuality;

/** Scans through the whole archive: rendered Vietnamese pages imported, read by OCR, searched. */
class ScanImportTest {
  @TempDir static Path data;
  @TempDir Path files;
  static Archive archive;

  @BeforeAll
  static void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  enum Format { PDF, TIFF, JPEG }

  static Stream<Arguments> variants() {
    // the engine's own bounds (OcrEngineTest, docs/ocr.md), with room for the pipeline's text clean-up
    return Stream.of(
        Arguments.of(Quality.CLEAN, Format.PDF, 0.01),
        Arguments.of(Quality.CLEAN, Format.TIFF, 0.01),
        Arguments.of(Quality.CLEAN, Format.JPEG, 0.01),
        Arguments.of(Quality.DEGRADED, Format.PDF, 0.04),
        Arguments.of(Quality.DEGRADED, Format.TIFF, 0.04),
        Arguments.of(Quality.DEGRADED, Format.JPEG, 0.04));
  }

  private Job importFile(Path file) throws Exception {
    return ArchiveTestSupport.importAndWait(archive, file.getFileName().toString(), Files.readAllBytes(file));
  }

  private static List<Long> ids(String query) {
    return archive.search().find(new SearchRequest(query, 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).toList();
  }

  /** The longest words with marks on the page: the ones a query with diacritics would use. */
  private static String markedWords(String text, int count) {
    return Arrays.stream(text.split("[\\s,.;:()\"“”]+"))
        .filter(w -> !Diacritics.isPlain(w) && w.length() >= 5)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .limit(count)
        .reduce((a, b) -> a + " " + b).orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1}: CER at most {2}")
  @MethodSource("variants")
  void aScanIsReadWithinTheErrorBoundAndFoundWithAndWithoutDiacritics(Quality quality, Format format, double bound)
      throws Exception {
    // each variant its own pages, so that no two imports carry the same text
    int first = quality.ordinal() * 6 + format.ordinal() * 2;
    List<SamplePage> pages = List.of(SamplePages.page(first, quality), SamplePages.page(first + 1, quality));
    Path file = switch (format) {
      case PDF -> PageRendering.writePdf(files.resolve("scan.pdf"), pages);
      case TIFF -> PageRendering.writeTiff(files.resolve("scan.tif"), pages);
      case JPEG -> PageRendering.writeJpeg(files.resolve("scan.jpg"), pages.get(0));
    };
    Job job = importFile(file);

    assertEquals(JobStatus.DONE, job.status(), job.error());
    DocumentView doc = archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow();
    int expectedPages = format == Format.JPEG ? 1 : 2;
    assertEquals(expectedPages, doc.pages().size());
    for (int i = 0; i < expectedPages; i++) {
      DocumentView.PageView page = doc.pages().get(i);
      double cer = CharacterErrorRate.of(pages.get(i).text(), page.text());
      System.out.printf("pipeline %s %s page %d: CER %.4f, confidence %.0f, quality %.2f%n", quality, format,
          i + 1, cer, page.confidence(), page.quality());
      assertEquals("ocr", page.source());
      assertTrue(cer <= bound, () -> "CER " + cer + " over " + bound + ":\n" + page.text());
      assertTrue(page.imageUrl() != null, "the page image is kept to show beside the text");
    }
    String words = markedWords(pages.get(0).text(), 3);
    assertTrue(ids(words).contains(job.documentId()), "found by " + words);
    assertTrue(ids(Diacritics.fold(words)).contains(job.documentId()), "found by " + Diacritics.fold(words));
  }

  @Test
  void aPoorTextLayerIsReadAgainByOcrAndThenAnswersQueries() throws Exception {
    String clean = resource("/fixtures/kh-229-hu.page1.txt");
    String ocrText = resource("/fixtures/kh-229-hu.ocr.txt");
    String poorLayer = ocrText.substring(0, ocrText.indexOf("dung dang, hé thong chinh tri cua huyén.") + 40);
    assertTrue(PageQuality.isPoor(poorLayer), "the bad engine's text scores as poor");
    SamplePage page = SamplePages.render(Arrays.asList(clean.split("\n")), Quality.CLEAN, 0);
    Path pdf = writePdfWithTextLayer(files.resolve("kh-229-hu.pdf"), page, poorLayer);

    Job job = importFile(pdf);

    assertEquals(JobStatus.DONE, job.status(), job.error());
    DocumentView.PageView read = archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow().pages().get(0);
    assertEquals("ocr", read.source(), "the OCR reading replaced the poor text layer");
    assertTrue(read.quality() > PageQuality.POOR_BELOW, "quality " + read.quality());
    assertTrue(read.text().contains("Ban Thường vụ Huyện ủy Đam Rông"), read.text());
    // the sample pages other tests here import speak of the same bodies: it is found, not alone
    for (String query : List.of("thi đua khen thưởng", "Ban Thường vụ Huyện ủy Đam Rông", "Chỉ thị 41-CT/TW")) {
      assertTrue(ids(query).contains(job.documentId()), query);
    }
    assertTrue(PageQuality.score(ocrText) < PageQuality.score(clean) - 0.25,
        "the whole poor reading scores far below the clean page");
  }

  @Test
  void anImageTooLargeToReadFailsWithAClearReason() throws Exception {
    Path huge = PageRendering.writeOversizedPng(files.resolve("huge.png"), 30000, 30000);
    Job job = importFile(huge);

    assertEquals(JobStatus.FAILED, job.status());
    assertEquals("image-too-large", job.error());
  }

  @Test
  void aBadPageIsFlaggedAndTheOtherPagesAreKept() throws Exception {
    // a printed decision with its header: a first page whose number, type, issuer and date are read (a first page
    // without them goes to review itself, FieldReview)
    RealisticScans.Scan decision = RealisticScans.page(0);
    Path scan = PageRendering.writePdf(files.resolve("scan.pdf"),
        List.of(new SamplePage(decision.truth().text(), decision.image(), decision.dpi())));
    Path withBlank = files.resolve("with-blank.pdf");
    try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
      pdf.addPage(new PDPage(PDRectangle.A4));
      pdf.save(withBlank.toFile());
    }

    Job job = importFile(withBlank);

    assertEquals(JobStatus.DONE, job.status(), job.error());
    DocumentView doc = archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow();
    assertEquals(2, doc.pages().size());
    assertTrue(!doc.pages().get(0).needsReview(), doc.pages().get(0).problem());
    assertTrue(doc.pages().get(1).needsReview());
    assertEquals("no-text", doc.pages().get(1).problem());
    assertTrue(archive.documents().needingReview(10, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == job.documentId()));
  }

  private static String resource(String path) {
    try (InputStream in = ScanImportTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page image with an invisible text layer over it, as a scanner's own OCR makes it. */
  private static Path writePdfWithTextLayer(Path file, SamplePage page, String layer) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      float scale = 72f / page.dpi();
      PDRectangle size = new PDRectangle(page.image().getWidth() * scale, page.image().getHeight() * scale);
      PDPage pdfPage = new PDPage(size);
      pdf.addPage(pdfPage);
      PDType0Font font = PDType0Font.load(pdf, TestFiles.VIETNAMESE_FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
        content.drawImage(LosslessFactory.createFromImage(pdf, page.image()), 0, 0, size.getWidth(), size.getHeight());
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(font, 10);
        content.setLeading(12);
        content.newLineAtOffset(72, size.getHeight() - 72);
        for (String line : layer.split("\n")) {
          content.showText(line.replaceAll("\\p{Cntrl}", ""));
          content.newLine();
        }
        content.endText();
      }
      pdf.save(file.toFile());
    }
    return file;
  }
}
