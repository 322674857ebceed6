package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.RealCorpus;
import vn.vankho.testing.TestFiles;

/**
 * The archive's text stripper drops glyphs printed over themselves by its own faster index ({@link OverprintedGlyphs}):
 * the text it gives must be PDFBox's, character for character, on the real gazette PDFs and where a writer overprints.
 */
class PrintedPageTest {

  @Test
  void everyPageOfTheRealGazettePdfsReadsAsPdfBoxReadsIt() throws IOException {
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(RealCorpus.root().resolve("congbao/pdf"))) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(40, pdfs.size(), "the 40 gazette PDFs of the shared corpus");
    int pages = 0;
    for (Path file : pdfs) {
      // each stripper on its own copy: ours keeps the document's fonts in its own cache, PDFBox's must not share it
      try (PDDocument pdf = Loader.loadPDF(file.toFile()); PDDocument asPdfBoxReads = Loader.loadPDF(file.toFile())) {
        PrintedPage.Stripper ours = archiveSettings(new PrintedPage.Stripper());
        PDFTextStripper pdfBox = archiveSettings(new PDFTextStripper());
        for (int page = 1; page <= pdf.getNumberOfPages(); page++, pages++) {
          pdfBox.setStartPage(page);
          pdfBox.setEndPage(page);
          assertEquals(pdfBox.getText(asPdfBoxReads), ours.pageText(pdf, page), file.getFileName() + ", page " + page);
        }
      }
    }
    assertTrue(pages > 1000, "the gazette PDFs have over a thousand pages, " + pages + " read");
  }

  @Test
  void aTitlePrintedTwiceForBoldIsReadOnce() throws IOException {
    byte[] bytes;
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(pdf, TestFiles.VIETNAMESE_FONT.toFile());
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        // the title drawn a third of a point to the right of itself, as writers without a bold face print bold
        for (float x : new float[] {200f, 200.3f}) {
          content.beginText();
          content.setFont(font, 14);
          content.newLineAtOffset(x, 760);
          content.showText("QUYẾT ĐỊNH");
          content.endText();
        }
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(60, 720);
        content.showText("Điều 1. Phê duyệt Kế hoạch số 12/KH-UBND.");
        content.endText();
      }
      pdf.save(out);
      bytes = out.toByteArray();
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper everyGlyph = archiveSettings(new PDFTextStripper());
      everyGlyph.setSuppressDuplicateOverlappingText(false);
      PDFTextStripper pdfBox = archiveSettings(new PDFTextStripper());
      String ours = archiveSettings(new PrintedPage.Stripper()).pageText(pdf, 1);
      assertNotEquals(pdfBox.getText(pdf), everyGlyph.getText(pdf), "the title is printed twice");
      assertEquals(pdfBox.getText(pdf), ours);
      // the gap below the title is a paragraph break, as the readers expect
      assertEquals("QUYẾT ĐỊNH\n\nĐiều 1. Phê duyệt Kế hoạch số 12/KH-UBND.", ours.strip());
    }
  }

  @Test
  void dropsTheSameGlyphsAsPdfBoxsRule() {
    Random random = new Random(18);
    OverprintedGlyphs ours = new OverprintedGlyphs();
    PdfBoxRule theirs = new PdfBoxRule();
    String[] texts = {"a", "ă", "ệ", "fi", "1", ""};
    int dropped = 0;
    for (int glyph = 0; glyph < 40_000; glyph++) {
      if (glyph % 5_000 == 0) {
        ours.clear();
        theirs.clear();
      }
      String text = texts[random.nextInt(texts.length)];
      // a crowded page, so that windows overlap often, with glyphs from tiny to huge
      float x = random.nextInt(400) / 4f;
      float y = random.nextInt(400) / 4f;
      float width = random.nextInt(10) == 0 ? 200 * random.nextFloat() : 9 * random.nextFloat();
      float tolerance = width / text.length() / 3.0f;
      boolean expected = theirs.isDuplicate(text, x, y, tolerance);
      assertEquals(expected, ours.isDuplicate(text, x, y, tolerance),
          "glyph " + glyph + " '" + text + "' at " + x + "," + y);
      dropped += expected ? 1 : 0;
    }
    assertTrue(dropped > 1_000 && dropped < 39_000, dropped + " glyphs dropped: both outcomes are exercised");
  }

  private static <T extends PDFTextStripper> T archiveSettings(T stripper) {
    stripper.setSortByPosition(true);
    stripper.setParagraphStart("\n");
    return stripper;
  }

  /** PDFBox 3's own rule, as its {@code PDFTextStripper.processTextPosition} applies it. */
  private static final class PdfBoxRule {
    private final Map<String, TreeMap<Float, TreeSet<Float>>> byText = new HashMap<>();

    void clear() {
      byText.clear();
    }

    boolean isDuplicate(String text, float x, float y, float tolerance) {
      TreeMap<Float, TreeSet<Float>> same = byText.computeIfAbsent(text, t -> new TreeMap<>());
      SortedMap<Float, TreeSet<Float>> xMatches = same.subMap(x - tolerance, x + tolerance);
      for (TreeSet<Float> xMatch : xMatches.values()) {
        if (!xMatch.subSet(y - tolerance, y + tolerance).isEmpty()) {
          return true;
        }
      }
      same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
      return false;
    }
  }
}
