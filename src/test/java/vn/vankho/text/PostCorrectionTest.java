package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostCorrectionTest {
  @Test
  void testMarkConfusionsThatStayValidSyllablesAreCorrected() {
    assertEquals("Hội đồng Thi đua - Khen thưởng đề nghị Chủ tịch Ủy ban nhân dân tỉnh xét tặng",
        PostCorrection.correct("Hội đông Thi đua - Khen thưởng đề nghị Chu tịch Ủy ban nhân dân tỉnh xét tặng"));
    assertEquals("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        PostCorrection.correct("Căn cứ Luật Tổ chức chính quyên địa phương ngày 19 tháng 6 năm 2015;"));
  }

  @Test
  void testCapitalsKeptAsRead() {
    assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PostCorrection.correct("CỘNG HÒA XÃ HỘI CHU NGHĨA VIỆT NAM"));
  }

  @Test
  void testNumbersAreLeftAsReadForReview() {
    assertEquals("Số: 7l9/QĐ-UBND, ngày l6 tháng 4 năm 2O20",
        PostCorrection.correct("Số: 7l9/QĐ-UBND, ngày l6 tháng 4 năm 2O20"));
  }

  @Test
  void testACommonPairIsNotUndone() {
    assertEquals("xã hội đông đảo", PostCorrection.correct("xã hội đông đảo"));
  }

  @Test
  void testRightTextAndNamesAreLeftAlone() {
    String right = "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Ông Nguyễn Văn Hùng, Trưởng phòng Tổ chức"
        + " cán bộ, Sở Nội vụ, đã có thành tích xuất sắc trong công tác năm 2024.\nNơi nhận:\n- Như Điều 3;";
    assertEquals(right, PostCorrection.correct(right));
  }

  @Test
  void testAWordWithoutNeighboursIsNotJudged() {
    assertEquals("quyên", PostCorrection.correct("quyên"));
  }
}
