package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.MetadataReader;
import vn.vankho.ingest.ocr.TextLine;

/** Header lines as Tesseract read them from generated and real scans (docs/ocr.md, "Realistic scans"). */
class FieldReviewTest {
  private static final String BODY = "\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
      + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n";

  private static List<FieldReview.Flag> flags(String header) {
    String page = header + BODY;
    return FieldReview.check(MetadataReader.read(List.of(page)), page, List.of());
  }

  private static List<FieldReview.Field> fields(String header) {
    return flags(header).stream().map(FieldReview.Flag::field).toList();
  }

  @Test
  void testPrintedNumberAndDateAreTrusted() {
    assertEquals(List.of(), fields("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do"
        + " - Hạnh phúc\nSố: 237/QĐ-UBND Đà Lạt, ngày 22 tháng 12 năm 2025"));
    assertEquals(List.of(), fields("ĐẢNG BỘ TỈNH LÂM ĐỒNG. HUYỆN ỦY ĐAM RÔNG. Số 229-KH/HU. Đam Rông, ngày 15 tháng 3"
        + " năm 2025."));
  }

  @Test
  void testCitationsDateIsNotTakenForTheDocumentsOwn() {
    String page = "KẾ HOẠCH thực hiện Chỉ thị số 41-CT/TW ngày 20 tháng 12 năm 2024 của Ban Bí thư\n"
        + "Thực hiện Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy";
    assertEquals(List.of(), FieldReview.check(MetadataReader.read(List.of(page)), page, List.of()));
  }

  @Test
  void testNumberWrittenIntoTheFormsBlankIsFlagged() {
    assertEquals(List.of(FieldReview.Field.NUMBER), fields("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nsố:2347 /QĐ-UBND\n"
        + "Đam Rông, ngày 20 tháng 3 năm 2025"));
  }

  @Test
  void testNumberWithLettersAmongDigitsIsFlagged() {
    assertEquals(List.of(FieldReview.Field.NUMBER), fields("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 7l9/QĐ-UBND\n"
        + "Đà Lạt, ngày 24 tháng 7 năm 2025"));
  }

  @Test
  void testHandwrittenDayReadAsSymbolsIsFlagged() {
    assertEquals(List.of(FieldReview.Field.DATE), fields("THỦ TƯỚNG CHÍNH PHỦ\nSố: 736/QĐ-TTg\n"
        + "Hà Nội, ngày 1 Ö tháng {2 năm 2025"));
  }

  @Test
  void testDaySplitInTwoIsFlagged() {
    assertEquals(List.of(FieldReview.Field.DATE), fields("THỦ TƯỚNG CHÍNH PHỦ\nSố: 736/QĐ-TTg\n"
        + "Hà Nội, ngày 2 7 tháng 4 năm 2025"));
  }

  private static List<FieldReview.Field> fields(String header, float numberConfidence, float monthConfidence) {
    String page = header + BODY;
    List<TextLine> lines = List.of(
        line(new TextLine.Word("Số:", 95), new TextLine.Word("347/QĐ-UBND", numberConfidence)),
        line(new TextLine.Word("Đam", 93), new TextLine.Word("Rông,", 92), new TextLine.Word("ngày", 96),
            new TextLine.Word("20", 94), new TextLine.Word("tháng", 94), new TextLine.Word("3", monthConfidence),
            new TextLine.Word("năm", 96), new TextLine.Word("2025", 96)));
    return FieldReview.check(MetadataReader.read(List.of(page)), page, lines).stream().map(FieldReview.Flag::field)
        .toList();
  }

  private static TextLine line(TextLine.Word... words) {
    List<TextLine.Word> list = List.of(words);
    return new TextLine(String.join(" ", list.stream().map(TextLine.Word::text).toList()), list, 0, 0, 1, 0.02);
  }

  @Test
  void testDigitsTheEngineWasUnsureOfAreFlagged() {
    // as Tesseract read a generated scan whose number and month were written in by hand (confidences 0 and 62)
    String header = "ỦY BAN NHÂN DÂN\nHUYỆN ĐAM RÔNG\nSố: 347/QĐ-UBND\nĐam Rông, ngày 20 tháng 3 năm 2025";
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.DATE), fields(header, 0, 62));
    assertEquals(List.of(FieldReview.Field.DATE), fields(header, 89, 62));
    // printed digits read at 83 to 96 on the same pages
    assertEquals(List.of(), fields(header, 84, 96));
  }

  @Test
  void testFlaggedValuesAreDroppedAndTheProblemNamesTheField() {
    String page = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 7Ö /QĐ-UBND Đà Lạt, ngày 24 tháng D_ năm 2025" + BODY;
    DocumentMetadata read = MetadataReader.read(List.of(page));
    List<FieldReview.Flag> flags = FieldReview.check(read, page, List.of());
    DocumentMetadata kept = FieldReview.withoutFlagged(read, flags);
    assertNull(kept.number());
    assertNull(kept.date());
    assertEquals(read.issuer(), kept.issuer());
    String problem = FieldReview.problem(flags);
    assertTrue(problem.startsWith("Cần kiểm tra Số:") && problem.contains("; Ngày ban hành:"), problem);
  }
}
