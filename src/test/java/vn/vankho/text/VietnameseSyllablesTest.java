package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VietnameseSyllablesTest {
  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private static void valid(String... words) {
    for (String word : words) {
      assertTrue(VietnameseSyllables.isValid(word), word + " should be a syllable");
    }
  }

  private static void invalid(String... words) {
    for (String word : words) {
      assertFalse(VietnameseSyllables.isValid(word), word + " should not be a syllable");
    }
  }

  @Test
  void testOnsetAndRhyme() {
    valid("nghiêng", "khuyến", "thưởng", "đua", "Rông", "trong", "người", "khuỷu", "xoong", "yêu", "ủy");
  }

  @Test
  void testRhymeNotListed() {
    invalid("ciia", "Ping", "véi", "hién", "ting");
  }

  @Test
  void testLettersOutsideAlphabet() {
    invalid("thuwéng", "cwong", "sw", "fan", "zalo");
  }

  @Test
  void testStopFinalTakesSacOrNang() {
    valid("cáp", "cạp", "việc", "tốt", "sách", "hoạch");
    invalid("càp", "cảp", "cãp", "cap", "thuc", "viêt");
  }

  @Test
  void testOneToneMark() {
    invalid("hóà");
  }

  @Test
  void testKOnlyBeforeFrontVowel() {
    valid("kế", "kỳ", "kiểm");
    invalid("kan", "ko");
  }

  @Test
  void testGhAndNghOnlyBeforeFrontVowel() {
    valid("ghi", "nghe", "nghị");
    invalid("gha", "nghành");
  }

  @Test
  void testCGNgNotBeforeFrontVowel() {
    valid("ca", "ga", "ngành", "công");
    invalid("ngiêng", "ce", "ngê");
  }

  @Test
  void testQOnlyAsQu() {
    valid("quốc", "quy", "quyết", "quản");
    invalid("qa", "quu");
  }

  @Test
  void testGiAbsorbsI() {
    valid("gìn", "giữ", "gia", "gì", "giết");
  }

  @Test
  void testCaseAndNfd() {
    valid("KẾ", "HOẠCH", Normalizer.normalize("nghiêng", Normalizer.Form.NFD));
  }

  @Test
  void testTurkishDefaultLocale() {
    Locale.setDefault(Locale.forLanguageTag("tr"));
    valid("CHỈ", "THỊ", "KINH");
  }

  @Test
  void testEmptyAndNumbers() {
    invalid("", "41", "s6");
  }
}
