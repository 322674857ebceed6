package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Putting Tesseract's words back into the layout's order, from their boxes (no Tesseract here: boxes are given). */
class PageLayoutTest {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 1400;
  private static final int CHAR = 10;

  /** The words of {@code text} set from {@code x} on a row at {@code top}, 20 pixels high, as Tesseract's line {@code line}. */
  private static List<PageLayout.Word> words(String text, int x, int top, int line, int paragraph) {
    List<PageLayout.Word> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      int right = x + word.length() * CHAR;
      words.add(new PageLayout.Word(word, x, top, right, top + 20, line, paragraph));
      x = right + CHAR;
    }
    return words;
  }

  @Test
  void theHeaderRowsTesseractJoinsComeAsTheIssuingBodyThenTheMotto() {
    List<PageLayout.Word> page = new ArrayList<>();
    // Tesseract reads each row of the two columns as one line
    page.addAll(words("ỦY BAN NHÂN DÂN", 100, 100, 0, 0));
    page.addAll(words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 520, 101, 0, 0));
    page.addAll(words("TỈNH LÂM ĐỒNG", 120, 130, 1, 0));
    page.addAll(words("Độc lập - Tự do - Hạnh phúc", 560, 132, 1, 0));
    page.addAll(words("Số: 237/QĐ-UBND", 110, 170, 2, 1));
    page.addAll(words("Đà Lạt, ngày 12 tháng 3 năm 2025", 540, 175, 2, 1));
    page.addAll(words("QUYẾT ĐỊNH", 450, 260, 3, 2));
    page.addAll(words("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho", 150, 300, 4, 3));
    page.addAll(words("các tập thể có tên sau:", 100, 325, 5, 3));

    assertEquals("""
        ỦY BAN NHÂN DÂN
        TỈNH LÂM ĐỒNG
        Số: 237/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đà Lạt, ngày 12 tháng 3 năm 2025

        QUYẾT ĐỊNH

        Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho
        các tập thể có tên sau:
        """, PageLayout.text(page, List.of(), WIDTH, HEIGHT));
  }

  @Test
  void aCongVansSubjectUnderItsNumberStaysInTheLeftColumn() {
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("SỞ Y TẾ BẮC NINH", 100, 100, 0, 0));
    page.addAll(words("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 520, 101, 0, 0));
    page.addAll(words("BỆNH VIỆN ĐA KHOA TỈNH", 80, 130, 1, 0));
    page.addAll(words("Độc lập - Tự do - Hạnh phúc", 560, 132, 1, 0));
    page.addAll(words("Số: 6191/BVT-TCKT", 110, 170, 2, 1));
    page.addAll(words("Bắc Ninh, ngày 27 tháng 9 năm 2021", 540, 175, 2, 1));
    // the subject wraps under the number, beside nothing: Tesseract reads it after the date
    page.addAll(words("V/v Đăng tải thông tin lựa chọn", 80, 200, 3, 2));
    page.addAll(words("đơn vị tổ chức đấu giá", 80, 225, 4, 2));
    page.addAll(words("Kính gửi: Cổng thông tin điện tử Quốc gia về Đấu giá tài sản", 250, 280, 5, 3));

    assertEquals("""
        SỞ Y TẾ BẮC NINH
        BỆNH VIỆN ĐA KHOA TỈNH
        Số: 6191/BVT-TCKT
        V/v Đăng tải thông tin lựa chọn
        đơn vị tổ chức đấu giá
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bắc Ninh, ngày 27 tháng 9 năm 2021

        Kính gửi: Cổng thông tin điện tử Quốc gia về Đấu giá tài sản
        """, PageLayout.text(page, List.of(), WIDTH, HEIGHT));
  }

  @Test
  void aSubjectTypedOnOneLineUnderTheRightColumnStaysUnderItsNumber() {
    // shared corpus, scans/image_image_536_.jpg: the "V/v" line starts under the number and runs on under the date
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("TỔNG CỤC THUẾ", 100, 100, 0, 0));
    page.addAll(words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 520, 101, 0, 0));
    page.addAll(words("CỤC THUẾ TP.HCM", 95, 130, 1, 0));
    page.addAll(words("Độc lập - Tự do - Hạnh phúc", 560, 132, 1, 0));
    page.addAll(words("Số: 6078/CT-KTT3", 100, 170, 2, 1));
    page.addAll(words("TP. Hồ Chí Minh, ngày 26 tháng 7 năm 2011", 520, 175, 2, 1));
    page.addAll(words("'V/w: Không đóng dấu trên hoá đơn đặt in.", 60, 200, 3, 2));
    page.addAll(words("Kính gởi: CÔNG TY CP DV BƯU CHÍNH VIỄN THÔNG SÀI GÒN", 200, 240, 4, 3));

    assertEquals("""
        TỔNG CỤC THUẾ
        CỤC THUẾ TP.HCM
        Số: 6078/CT-KTT3
        'V/w: Không đóng dấu trên hoá đơn đặt in.
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        TP. Hồ Chí Minh, ngày 26 tháng 7 năm 2011

        Kính gởi: CÔNG TY CP DV BƯU CHÍNH VIỄN THÔNG SÀI GÒN
        """, PageLayout.text(page, List.of(), WIDTH, HEIGHT));
  }

  @Test
  void aPageWithoutColumnsOrTablesKeepsTesseractsLinesAndParagraphs() {
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("QUYẾT ĐỊNH", 450, 100, 0, 0));
    page.addAll(words("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", 150, 140, 1, 1));
    page.addAll(words("Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày ký.", 150, 170, 2, 2));

    assertEquals("""
        QUYẾT ĐỊNH

        Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

        Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày ký.
        """, PageLayout.text(page, List.of(), WIDTH, HEIGHT));
  }

  @Test
  void aRuledTableComesAsOneLineARowWhateverOrderTesseractReadItIn() {
    RuledTables.Grid grid = new RuledTables.Grid(new int[] {600, 640, 720, 760}, new int[] {100, 160, 740, 900});
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("Điều 1. Tặng các tập thể, cá nhân sau:", 150, 560, 0, 0));
    // Tesseract read the table column by column, and a name wrapped in its cell as two lines
    page.addAll(words("STT", 115, 610, 1, 1));
    page.addAll(words("1", 125, 670, 2, 1));
    page.addAll(words("2", 125, 730, 3, 1));
    page.addAll(words("Tập thể, cá nhân", 170, 610, 4, 2));
    page.addAll(words("Bà K' Hương, hội viên Hội Nông dân", 170, 655, 5, 2));
    page.addAll(words("xã Rô Men", 170, 685, 6, 2));
    page.addAll(words("Trường Tiểu học Phi Liêng", 170, 730, 7, 2));
    page.addAll(words("Hình thức", 770, 610, 8, 3));
    page.addAll(words("Bằng khen", 770, 670, 9, 3));
    page.addAll(words("Cờ thi đua", 770, 730, 10, 3));
    page.addAll(words("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", 150, 800, 11, 4));

    assertEquals("""
        Điều 1. Tặng các tập thể, cá nhân sau:

        STT | Tập thể, cá nhân | Hình thức
        1 | Bà K' Hương, hội viên Hội Nông dân xã Rô Men | Bằng khen
        2 | Trường Tiểu học Phi Liêng | Cờ thi đua

        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
        """, PageLayout.text(page, List.of(grid), WIDTH, HEIGHT));
  }

  /** A page's last paragraph, then its foot: "Nơi nhận" and its list on the left, the signer's block on the right. */
  private static List<PageLayout.Word> footRows(boolean signerFirst) {
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("Điều 3. Chánh Văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành", 150, 900, 0, 0));
    page.addAll(words("Quyết định này./.", 100, 925, 1, 0));
    String[] left = {"Nơi nhận:", "- Như Điều 3;", "- Ban Thi đua - Khen thưởng;", "- Lưu: VT."};
    String[][] right = {{"KT. CHỦ TỊCH", "620"}, {"PHÓ CHỦ TỊCH", "620"}, {"Đặng Trí Dũng", "610"}};
    int[] rightTops = {980, 1010, 1100};
    if (signerFirst) {
      // Tesseract made the signer's block a block of its own, read before the list
      for (int i = 0; i < right.length; i++) page.addAll(words(right[i][0], Integer.parseInt(right[i][1]), rightTops[i], 2 + i, 1));
      for (int i = 0; i < left.length; i++) page.addAll(words(left[i], 100, 982 + 30 * i, 5 + i, 2));
    } else {
      // row by row, a recipient and the signer's line on one Tesseract line
      int line = 2;
      for (int i = 0; i < left.length; i++) {
        int top = 982 + 30 * i;
        page.addAll(words(left[i], 100, top, line, 1));
        for (int r = 0; r < right.length; r++) {
          if (Math.abs(rightTops[r] - top) < 10) page.addAll(words(right[r][0], Integer.parseInt(right[r][1]), rightTops[r], line, 1));
        }
        line++;
      }
      page.addAll(words(right[2][0], 610, 1100, line, 1));
    }
    return page;
  }

  @Test
  void theFootComesAsTheRecipientsThenTheSignersBlockHoweverTesseractReadIt() {
    String expected = """
        Điều 3. Chánh Văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành
        Quyết định này./.

        Nơi nhận:
        - Như Điều 3;
        - Ban Thi đua - Khen thưởng;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Đặng Trí Dũng
        """;
    assertEquals(expected, PageLayout.text(footRows(false), List.of(), WIDTH, HEIGHT));
    assertEquals(expected, PageLayout.text(footRows(true), List.of(), WIDTH, HEIGHT));
  }

  @Test
  void anAddresseeListAfterAWideGapIsNoFoot() {
    List<PageLayout.Word> page = new ArrayList<>();
    page.addAll(words("Kính gửi:", 150, 700, 0, 0));
    page.addAll(words("- Phòng giáo dục và đào tạo các quận, huyện;", 300, 700, 0, 0));
    page.addAll(words("- Các trường, trung tâm trực thuộc Sở.", 300, 725, 1, 0));
    page.addAll(words("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố tại Công văn số 4869/UBND-SYT,", 150, 760, 2, 1));
    page.addAll(words("Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị thực hiện những nội dung sau:", 100, 785, 3, 1));

    assertEquals("""
        Kính gửi: - Phòng giáo dục và đào tạo các quận, huyện;
        - Các trường, trung tâm trực thuộc Sở.

        Thực hiện chỉ đạo của Ủy ban nhân dân thành phố tại Công văn số 4869/UBND-SYT,
        Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị thực hiện những nội dung sau:
        """, PageLayout.text(page, List.of(), WIDTH, HEIGHT));
  }
}
