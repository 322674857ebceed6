package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToneSpellingTest {
  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private static void check(String input, String expected) {
    assertEquals(expected, Diacritics.exactForm(input), input);
  }

  @Test
  void testToneOnOa() {
    check("hoà", "hòa");
    check("hòa", "hòa");
    check("hoá", "hóa");
    check("Văn hoá", "văn hóa");
  }

  @Test
  void testToneOnOe() {
    check("khoẻ", "khỏe");
    check("khỏe", "khỏe");
  }

  @Test
  void testToneOnUy() {
    check("thuý", "thúy");
    check("uỷ", "ủy");
    check("Uỷ ban", "ủy ban");
    check("Ủy ban", "ủy ban");
  }

  @Test
  void testToneOnMarkedVowel() {
    check("thưởng", "thưởng");
    check("khuyến", "khuyến");
    check("cuối", "cuối");
    check("người", "người");
  }

  @Test
  void testToneBeforeFinalConsonant() {
    check("hoàng", "hoàng");
    check("toán", "toán");
    check("quýt", "quýt");
  }

  @Test
  void testToneOnMiddleOfThreeVowels() {
    check("ngoài", "ngoài");
    check("ngoaì", "ngoài");
    check("khuỷu", "khuỷu");
  }

  @Test
  void testToneOnFirstOfTwoVowels() {
    check("mùa", "mùa");
    check("muà", "mùa");
    check("kìa", "kìa");
  }

  @Test
  void testIyAfterConsonant() {
    check("kì", "kỳ");
    check("kỳ", "kỳ");
    check("lí", "lý");
    check("mĩ", "mỹ");
    check("sĩ", "sỹ");
    check("tỉ lệ", "tỷ lệ");
    check("hi sinh", "hy sinh");
  }

  @Test
  void testIyAfterQu() {
    check("quí", "quý");
    check("quý", "quý");
    check("quy định", "quy định");
  }

  @Test
  void testIyUnchangedElsewhere() {
    check("yêu", "yêu");
    check("huy", "huy");
    check("thi đua", "thi đua");
    check("chỉ thị", "chỉ thị");
    check("kinh tế", "kinh tế");
    check("gì", "gì");
    check("gìn giữ", "gìn giữ");
  }

  @Test
  void testNfdInput() {
    String nfd = Normalizer.normalize("Hoà bình, thuý, kì", Normalizer.Form.NFD);
    check(nfd, "hòa bình, thúy, kỳ");
  }

  @Test
  void testUpperCase() {
    check("KẾ HOẠCH", "kế hoạch");
    check("HOÀ", "hòa");
  }

  @Test
  void testNotASyllableKeepsSpelling() {
    check("covid-19", "covid-19");
    check("41-CT/TW", "41-ct/tw");
  }

  @Test
  void testEmpty() {
    check("", "");
  }

  @Test
  void testTurkishDefaultLocale() {
    Locale.setDefault(Locale.forLanguageTag("tr"));
    check("CHỈ THỊ KÌ HỌP", "chỉ thị kỳ họp");
    check("QUÍ", "quý");
  }
}
