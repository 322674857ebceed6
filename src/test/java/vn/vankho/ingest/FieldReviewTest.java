package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.MetadataReader;

/** Header lines as Tesseract read them from generated and real scans (docs/ocr.md, "Realistic scans"). */
class FieldReviewTest {
  private static final String BODY = "\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
      + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n";

  private static List<FieldReview.Flag> flags(String header) {
    String page = header + BODY;
    return FieldReview.check(MetadataReader.read(List.of(page)), page);
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
    assertEquals(List.of(), FieldReview.check(MetadataReader.read(List.of(page)), page));
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

  @Test
  void testFlaggedValuesAreDroppedAndTheProblemNamesTheField() {
    String page = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 7Ö /QĐ-UBND Đà Lạt, ngày 24 tháng D_ năm 2025" + BODY;
    DocumentMetadata read = MetadataReader.read(List.of(page));
    List<FieldReview.Flag> flags = FieldReview.check(read, page);
    DocumentMetadata kept = FieldReview.withoutFlagged(read, flags);
    assertNull(kept.number());
    assertNull(kept.date());
    assertEquals(read.issuer(), kept.issuer());
    String problem = FieldReview.problem(flags);
    assertTrue(problem.startsWith("Cần kiểm tra Số:") && problem.contains("; Ngày ban hành:"), problem);
  }
}
