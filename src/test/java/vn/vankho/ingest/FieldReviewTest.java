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
    DocumentMetadata read = MetadataReader.read(List.of(page));
    assertNull(read.date());
    // the plan's own date is not on the page: it is asked for, not taken from the directive it cites
    FieldReview.Flag date = FieldReview.check(read, page, List.of()).stream()
        .filter(f -> f.field() == FieldReview.Field.DATE).findFirst().orElseThrow();
    assertTrue(date.why().startsWith("không tìm thấy"), date.why());
  }

  @Test
  void testFieldsNotFoundOnAScanAreFlaggedNotLeftOut() {
    // scans/cv-1906-sgddt-da-nang.p1.jpg as our reading gives it: the công văn's "V/v" read "Ví", so no type
    String page = "UBND THÀNH PHÓ ĐÀ NẴNG _\nSỞ GIÁO DỤC VÀ ĐÀO TẠO.\nSố: 1906 /SGDĐT-CTrTT\n"
        + "Ví khẩn trương thực hiện các biện\npháp phòng, chẳng địch COVID-19\nKính gửi:\n"
        + "CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐà Nẵng, ngày 26tháng 7 năm 2020\n\n"
        + "- Phòng giáo dục và đảo tạo các quận, huyện;\n~ Các trường, trung tâm trực thuộc Sở;";
    DocumentMetadata read = MetadataReader.read(List.of(page));
    assertNull(read.type());
    List<FieldReview.Flag> flags = FieldReview.check(read, page, List.of());
    assertTrue(flags.stream().anyMatch(f -> f.field() == FieldReview.Field.TYPE), flags.toString());
    assertTrue(FieldReview.problem(flags).contains("Loại văn bản: không xác định được loại văn bản"),
        FieldReview.problem(flags));
    // scans/thanh-hoa-6.jpg: its header lost, its body read: no field is left out unflagged
    assertEquals(List.of(FieldReview.Field.values()), read(".lnh bửi: Chủ tịch ĐIEND các xã, thị trấn\n\n"
        + "'MY{ số 42/NQ-£*P nghy 09 tháng 4 năm 2020 của Chính.\nhiện chính sách đảm bảo kịp thời, công khai"));
  }

  @Test
  void testNumberWhoseCodeWasCutShortIsFlagged() {
    // the code goes on in lower case ("CTrTT"): a number read as "1906/SGDĐT-CT" would be another document's
    String header = "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1906/SGDĐT-CTrTT\n"
        + "V/v khẩn trương thực hiện các biện pháp phòng, chống dịch COVID-19\n"
        + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐà Nẵng, ngày 26 tháng 7 năm 2020\n";
    assertEquals("1906/SGDĐT-CT", MetadataReader.read(List.of(header)).number().value());
    assertEquals(List.of(FieldReview.Field.NUMBER), read(header));
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
    // the number beside a handwritten day was written in with it, however cleanly it reads
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.DATE), fields("THỦ TƯỚNG CHÍNH PHỦ\nSố: 736/QĐ-TTg\n"
        + "Hà Nội, ngày 1 Ö tháng {2 năm 2025"));
  }

  @Test
  void testDaySplitInTwoIsFlagged() {
    // the number beside a handwritten day was written in with it, however cleanly it reads
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.DATE), fields("THỦ TƯỚNG CHÍNH PHỦ\nSố: 736/QĐ-TTg\n"
        + "Hà Nội, ngày 2 7 tháng 4 năm 2025"));
  }

  /** The header below as read, the number's word at {@code numberWord} confidence, its digits and the month's given. */
  private static List<FieldReview.Field> fields(String header, float numberWord, float numberDigits,
      float monthDigits) {
    String page = header + BODY;
    List<TextLine> lines = List.of(
        line(word("Số:", 95), new TextLine.Word("347/QĐ-UBND", numberWord, numberDigits)),
        line(word("Đam", 93), word("Rông,", 92), word("ngày", 96), new TextLine.Word("20", 99, 99), word("tháng", 94),
            new TextLine.Word("3", monthDigits, monthDigits), word("năm", 96), new TextLine.Word("2025", 99, 99)));
    return FieldReview.check(MetadataReader.read(List.of(page)), page, lines).stream().map(FieldReview.Flag::field)
        .toList();
  }

  private static TextLine.Word word(String text, float confidence) {
    return new TextLine.Word(text, confidence, TextLine.Word.NO_DIGIT);
  }

  private static TextLine line(TextLine.Word... words) {
    List<TextLine.Word> list = List.of(words);
    return new TextLine(String.join(" ", list.stream().map(TextLine.Word::text).toList()), list, 0, 0, 1, 0.02);
  }

  @Test
  void testDigitsTheEngineWasUnsureOfAreFlagged() {
    // as Tesseract read a generated scan whose number and month were written in by hand
    String header = "ỦY BAN NHÂN DÂN\nHUYỆN ĐAM RÔNG\nSố: 347/QĐ-UBND\nĐam Rông, ngày 20 tháng 3 năm 2025";
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.DATE), fields(header, 40, 35, 62));
    assertEquals(List.of(FieldReview.Field.DATE), fields(header, 90, 99.5f, 62));
  }

  @Test
  void testAPrintedNumberIsJudgedByItsDigitsNotByItsLetters() {
    // a clean printed number whose word Tesseract doubts for its "QĐ" while every digit is sure
    String header = "ỦY BAN NHÂN DÂN\nHUYỆN ĐAM RÔNG\nSố: 347/QĐ-UBND\nĐam Rông, ngày 20 tháng 3 năm 2025";
    assertEquals(List.of(), fields(header, 60, 99.5f, 99.4f));
  }

  /** The fields flagged on a page's text as Tesseract read it, without the lines' confidences. */
  private static List<FieldReview.Field> read(String page) {
    return FieldReview.check(MetadataReader.read(List.of(page)), page, List.of()).stream()
        .map(FieldReview.Flag::field).toList();
  }

  @Test
  void testRealScansWrongValuesAreFlagged() {
    // shared corpus, scans/image_image_536_.jpg: number and date written in blue ink, "6078" read "6277"; "CT" is
    // the Cục Thuế's code in a công văn's number, not a Chỉ thị; "THUẾ" read "THUÊ", no body recognised
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.TYPE, FieldReview.Field.ISSUER,
        FieldReview.Field.DATE), read("TỔNG CỤC THUÊ\nCỤC THUÊ TP.HCM\nSố: 6277/CT-KTT3\n"
        + "CỌNG = XÃ HỘI CHỦ NGHĨA VIỆT NAM\nộc lập - Tự do - Hạnh phúc\nTP. Hô Chí Minh, ngày+( tháng năm 2011\n"
        + "'V/w: Không đóng dấu” trên hóa đơn đặt in.\nKính gởi: CÔNG TY CP DV BƯU CHÍNH VIỄN THÔNG SÀI GÒN"));
    // scans/anh12.png: the hospital's letter under its parent department, read as the department's; the printed
    // number is trusted, the date line (a full stop for the comma) is not read
    assertEquals(List.of(FieldReview.Field.ISSUER, FieldReview.Field.DATE), read("SỞ Y TẾ BẮC NINH\n"
        + "BỆNH VIỆN ĐA KHOATỈNH -\nSố: 6191/BVT-TCKT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\nBắc Ninh. ngày 27 tháng 9 năm 2021\nV/v Đăng tải thông tin lựa chọn\n"
        + "Đơn vị thực hiện tổ chức đấu giá"));
    // scans/van-ban-hanh-chinh-la-gi__4_.jpg: a decision whose "Số" line is lost, whose committee has no place
    assertEquals(List.of(FieldReview.Field.NUMBER, FieldReview.Field.ISSUER, FieldReview.Field.DATE),
        read("(Q2-NCCØ1VPT\n\nÂNinh Kiều, ngày 2/4tháng øƒ. năm 2018\n\nQUYẾT ĐỊNH\n"
            + "m nơi cất giấu tang cả St mi TẾ hành chính là chỗ ở\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN\n"
            + "Luật tổ chức chính quyền địa phương ngày 19/6/2015;"));
    // scans/thanh-hoa-6.jpg: a skewed phone photo whose header was not read at all
    assertEquals(List.of(FieldReview.Field.values()), read("'Kinh quii: Chủ tịch, UIIEND các ti\n"
        + "Nghị a\n\nÀc động\nYêu củu. Chủ tịch UIÊND các x8, thị tiấn KHẨn trương thực\n"
        + "ong rà soát, tổng; hợp, danÂ\\ sai đÄ tưng đà v y lạc acvlen\n\nMiện sá nội dung,\n\nI.k"));
  }

  @Test
  void testNumberCitedInTheBodyOfAPageWhoseHeaderWasNotReadIsFlagged() {
    // scans/thanh-hoa-6.jpg with the light evened out: the header still unread, the body's first lines read, and
    // the cited resolution's number taken for the letter's own
    List<FieldReview.Field> flagged = read(".lnh bửi: Chủ tịch ĐIEND các xã, thị trấn\n\n"
        + "'MY{ số 42/NQ-£*P nghy 09 tháng 4 năm 2020 của Chính.\nˆhỔ trợ nhui đận gặp khó khăn do dịch Cø*ló-]9");
    assertTrue(flagged.contains(FieldReview.Field.NUMBER), flagged.toString());
  }

  @Test
  void testRealScanReadRightIsNotFlagged() {
    // scans/van_ban_hanh_chinh_3.jpg, Nghị định 30/2020/NĐ-CP itself
    assertEquals(List.of(), read("CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 3 năm 2020\nNGHỊ ĐỊNH\n'Về công tác văn thư\n"
        + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"));
  }

  @Test
  void testADateThatCannotBeTheDocumentsIsFlagged() {
    String header = "CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
    assertEquals(List.of(FieldReview.Field.DATE), read(header + "Hà Nội, ngày 05 tháng 3 năm 2028\nNGHỊ ĐỊNH"),
        "a year its number does not carry");
    int next = java.time.LocalDate.now().getYear() + 1;
    assertEquals(List.of(FieldReview.Field.DATE), read("CHÍNH PHỦ\nSố: 30/" + next + "/NĐ-CP\n"
        + "Hà Nội, ngày 05 tháng 3 năm " + next + "\nNGHỊ ĐỊNH"), "after today");
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
