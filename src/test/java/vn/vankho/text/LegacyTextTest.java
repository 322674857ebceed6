package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LegacyTextTest {

  private static void check(String legacy, String unicode, LegacyEncoding encoding) {
    LegacyText.Restored restored = LegacyText.restore(legacy);
    assertEquals(unicode, restored.text());
    assertEquals(encoding, restored.encoding());
    assertTrue(Normalizer.isNormalized(restored.text(), Normalizer.Form.NFC));
  }

  @Test
  void tcvn3() {
    check("Qu¶ng Ninh, ngµy 15 th¸ng 3 n¨m 2025", "Quảng Ninh, ngày 15 tháng 3 năm 2025", LegacyEncoding.TCVN3);
    check("Uû ban nh©n d©n tØnh Qu¶ng Ninh", "Uỷ ban nhân dân tỉnh Quảng Ninh", LegacyEncoding.TCVN3);
  }

  @Test
  void tcvn3SoftHyphenIsTheLetterU() {
    check("Phong trµo thi ®ua \u00adêi n\u00adíc", "Phong trào thi đua ười nước", LegacyEncoding.TCVN3);
  }

  @Test
  void tcvn3CapitalsOfHeadings() {
    check("Uû ban nh©n d©n\nCéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\nQUYÕT §ÞNH",
        "Uỷ ban nhân dân\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH", LegacyEncoding.TCVN3);
  }

  @Test
  void vni() {
    check("Quaûng Ninh, ngaøy 15 thaùng 3 naêm 2025", "Quảng Ninh, ngày 15 tháng 3 năm 2025", LegacyEncoding.VNI);
    check("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑieàu 1. Tröôøng", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐiều 1. Trường",
        LegacyEncoding.VNI);
  }

  @Test
  void unicodeVietnameseStaysAsItIs() {
    String text = "Hà Nội, ngày 15 tháng 3 năm 2025\nCó hiệu lực từ ngày ký. Quảng Ninh";
    LegacyText.Restored restored = LegacyText.restore(text);
    assertFalse(restored.converted());
    assertEquals(text, restored.text());
  }

  @Test
  void latinOneVietnameseWithoutOtherMarksStaysAsItIs() {
    // every letter here is in Latin-1, the range legacy text lives in, and each is a syllable already
    String text = "Cá và cò, có khi là bò; lá cây xanh";
    assertFalse(LegacyText.restore(text).converted());
  }

  @Test
  void englishStaysAsItIs() {
    String text = "The café's résumé © 2024 – naïve § 5 ¶ 2 ±3 µm";
    assertFalse(LegacyText.restore(text).converted());
  }

  @Test
  void aUnicodeLineInALegacyPageIsKept() {
    check("CHÍNH PHỦ\nQu¶ng Ninh, ngµy 15 th¸ng 3\nĐiều 1. Tháng ba", "CHÍNH PHỦ\nQuảng Ninh, ngày 15 tháng 3\nĐiều 1. Tháng ba",
        LegacyEncoding.TCVN3);
    assertEquals(1, LegacyText.restore("CHÍNH PHỦ\nQu¶ng Ninh, ngµy 15 th¸ng 3\nĐiều 1. Tháng ba").linesConverted());
  }

  @Test
  void oneWordIsNotEnough() {
    LegacyText.Restored restored = LegacyText.restore("Qu¶ng");
    assertNull(restored.encoding());
    assertEquals("Qu¶ng", restored.text());
  }

  @Test
  void emptyAndAscii() {
    assertFalse(LegacyText.restore("").converted());
    assertFalse(LegacyText.restore("Quang Ninh 2025").converted());
  }

  @Test
  void tablesLoadWithEveryLetter() {
    // the 134 Vietnamese letters with marks, small and capital, can all be typed in VNI: "í", "ì", "Í", "Ì"
    // are the same bytes in Windows-1252 and need no row
    assertEquals(134, LegacyEncoding.VNI.table().values().stream().distinct().count() + 4);
    assertEquals(74, LegacyEncoding.TCVN3.table().size());
  }
}
