package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AwardeeNamesTest {

  @Test
  void aFormOfAddressMarksAndPunctuationAreNotPartOfTheName() {
    assertEquals("nguyen van hung", AwardeeNames.key("Ông Nguyễn Văn Hùng."));
    assertEquals("nguyen van hung", AwardeeNames.key("NGUYEN VAN HUNG"));
    assertEquals("ka thi hue", AwardeeNames.key("Bà  Ka Thị Huệ"));
  }

  @Test
  void oneNameWrittenThreeWaysIsAlike() {
    assertTrue(AwardeeNames.alike("Nguyễn Văn Hùng", "Ông Nguyen Van Hung"));
    assertTrue(AwardeeNames.alike("Nguyễn Văn Hùng", "Nguyễn Vãn Hùmg"), "an OCR slip");
    assertTrue(AwardeeNames.alike("Hội Liên hiệp Phụ nữ xã Lát, huyện Lạc Dương", "Hội Liên hiệp Phu nử xa Lat huyen Lac Duong"));
  }

  @Test
  void otherNamesAreNot() {
    assertFalse(AwardeeNames.alike("Nguyễn Văn Hùng", "Nguyễn Văn Hải"));
    assertFalse(AwardeeNames.alike("Ka Thị Huệ", "Ka Thị Hà"));
    assertFalse(AwardeeNames.alike("", ""));
  }
}
