package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageQualityTest {
  @Test
  void testCleanPageScoresHigh() {
    double clean = PageQuality.score(Fixtures.read("kh-229-hu.page1.txt"));
    System.out.printf("page quality: kh-229-hu.page1.txt %.3f%n", clean);
    assertTrue(clean >= 0.9, "clean page " + clean);
    assertFalse(PageQuality.isPoor(Fixtures.read("kh-229-hu.page1.txt")));
  }

  @Test
  void testOcrTextScoresFarBelow() {
    double clean = PageQuality.score(Fixtures.read("kh-229-hu.page1.txt"));
    double ocr = PageQuality.score(Fixtures.read("kh-229-hu.ocr.txt"));
    System.out.printf("page quality: kh-229-hu.ocr.txt %.3f%n", ocr);
    assertTrue(clean - ocr >= 0.25, "gap " + clean + " - " + ocr);
    assertTrue(ocr < PageQuality.POOR_BELOW, "ocr " + ocr);
    assertTrue(PageQuality.isPoor(Fixtures.read("kh-229-hu.ocr.txt")));
  }

  @Test
  void testDocumentNumberIsOneLegibleToken() {
    assertEquals(1.0, PageQuality.score("Thực hiện Kế hoạch số 152-KH/TU"));
  }

  @Test
  void testNumbersRomanNumeralsAbbreviations() {
    assertEquals(1.0, PageQuality.score("III. UBND, HĐND năm 2025"));
  }

  @Test
  void testOcrSlipsAreIllegible() {
    assertEquals(0.2, PageQuality.score("Thue hién K¢ hoach sb 152-KH/TU"));
  }

  @Test
  void testSingleLettersNotCounted() {
    assertEquals(1.0, PageQuality.score("a) T/M Ban Thường vụ"));
  }

  @Test
  void testEmptyPage() {
    assertEquals(0.0, PageQuality.score(""));
    assertEquals(0.0, PageQuality.score(" \n - "));
  }

  @Test
  void testAbbreviationsTable() {
    assertTrue(Abbreviations.isKnown("UBND"));
    assertTrue(Abbreviations.isKnown("HDND"), "marks aside");
    assertFalse(Abbreviations.isKnown("ubnd"), "lower case is a word");
    assertEquals(List.of("Chỉ thị", "Chủ tịch"), Abbreviations.expansions("CT"));
    assertTrue(Abbreviations.all().values().stream().allMatch(e -> !e.isEmpty()));
  }

  @Test
  void testMarkConfusionsThatStayValidSyllablesAreUnlikelyToTheLanguageModel() {
    String right = "Căn cứ Luật Tổ chức chính quyền địa phương; Hội đồng Thi đua - Khen thưởng đề nghị Chủ tịch";
    String confused = "Căn cứ Luật Tô chức chỉnh quyên địa phương; Hội đông Thi đua - Khen thương đê nghị Chu tịch";
    assertEquals(PageQuality.score(right), PageQuality.score(confused), "both read as valid syllables");
    double rightUnlikely = PageQuality.signs(right, List.of(), List.of(), PageQuality.Ink.UNMEASURED).unlikely();
    double confusedUnlikely = PageQuality.signs(confused, List.of(), List.of(), PageQuality.Ink.UNMEASURED).unlikely();
    assertTrue(confusedUnlikely > rightUnlikely + 1, "right " + rightUnlikely + ", confused " + confusedUnlikely);
  }

  @Test
  void testMisreadMarksThatTheSyllableRulesLetPassAreSyllablesTheModelNeverSaw() {
    String right = "Hội đồng Thi đua - Khen thưởng đề nghị Chủ tịch";
    String misread = "Hôị dổng Thi đua - Khẹn thưỡng đề nghị Chủ tịch";
    assertEquals(1.0, PageQuality.score(misread), "every misread syllable passes the syllable rules");
    PageQuality.Signs rightSigns = PageQuality.signs(right, List.of(), List.of(), PageQuality.Ink.UNMEASURED);
    PageQuality.Signs misreadSigns = PageQuality.signs(misread, List.of(), List.of(), PageQuality.Ink.UNMEASURED);
    assertEquals(0, rightSigns.unseenSyllables(), 1e-9);
    assertEquals(0.4, misreadSigns.unseenSyllables(), 1e-9, "hôị, dổng, khẹn, thưỡng of 10 syllables");
    assertEquals(1, PageQuality.signs("", List.of(), List.of(), PageQuality.Ink.UNMEASURED).unseenSyllables(),
        "nothing read is nothing known to be right");
  }

  @Test
  void testLanguageModelTablesLoadWithTheirCounts() {
    assertTrue(ConfigTables.rows("syllable-bigrams.txt").size() > 50_000);
    assertTrue(SyllableModel.official().pairCount("quy", "định") > 10_000);
    assertTrue(SyllableModel.official().sameLetters("dong").containsAll(List.of("đồng", "đông", "động")));
  }

  @Test
  void testPredictedCerSendsPoorReadingsToReview() {
    String clean = Fixtures.read("kh-229-hu.page1.txt");
    String ocr = Fixtures.read("kh-229-hu.ocr.txt");
    List<Float> sure = java.util.Collections.nCopies(400, 93f);
    assertFalse(PageQuality.needsReview(PageQuality.signs(clean, sure, List.of(), PageQuality.Ink.UNMEASURED)),
        "clean " + PageQuality.predictedCer(PageQuality.signs(clean, sure, List.of(), PageQuality.Ink.UNMEASURED)));
    // the fitted weights judge the engine's doubt, not the text: a text read poorly is caught as illegible
    assertTrue(PageQuality.isPoor(ocr), "poor OCR legible " + PageQuality.score(ocr));
    assertTrue(PageQuality.needsReview(PageQuality.signs(clean, java.util.Collections.nCopies(400, 40f), List.of(), PageQuality.Ink.UNMEASURED)),
        "the engine's own doubt counts");
    List<Float> halfUnsure = new java.util.ArrayList<>(java.util.Collections.nCopies(200, 93f));
    halfUnsure.addAll(java.util.Collections.nCopies(200, 85f));
    assertTrue(PageQuality.needsReview(PageQuality.signs(clean, halfUnsure, List.of(), PageQuality.Ink.UNMEASURED)), "half the words under 90");
  }

  @Test
  void testTextTooSmallToTrustGoesToReviewHoweverSurelyRead() {
    String clean = Fixtures.read("kh-229-hu.page1.txt");
    List<Float> sure = java.util.Collections.nCopies(400, 93f);
    // lines of 38 pixels: 13 point print scanned at 200 dpi; of 15: the same page photographed whole by a phone
    PageQuality.Signs scanned = PageQuality.signs(clean, sure, List.of(), new PageQuality.Ink(0, 0, 38));
    PageQuality.Signs photographed = PageQuality.signs(clean, sure, List.of(), new PageQuality.Ink(0, 0, 15));
    assertFalse(PageQuality.needsReview(scanned), "scanned " + PageQuality.predictedCer(scanned));
    assertTrue(PageQuality.needsReview(photographed), "x-height about 6 pixels");
    PageQuality.Signs halfUnread = PageQuality.signs(clean, sure, List.of(), new PageQuality.Ink(0, 0.5, 38));
    assertEquals(0.5, halfUnread.unreadText());
    assertTrue(PageQuality.predictedCer(halfUnread) > PageQuality.predictedCer(scanned), "letters left unread count");
  }
}
