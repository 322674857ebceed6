package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CharacterErrorRateTest {
  @Test
  void identicalTextHasNoError() {
    assertEquals(0, CharacterErrorRate.of("Đảng bộ huyện", "Đảng bộ huyện"));
  }

  @Test
  void decomposedDiacriticsCountAsTheSameLetters() {
    String decomposed = Normalizer.normalize("Quyết định khen thưởng", Normalizer.Form.NFD);
    assertEquals(0, CharacterErrorRate.of("Quyết định khen thưởng", decomposed));
  }

  @Test
  void aWrongToneIsOneErrorPerReferenceLetter() {
    assertEquals(0.25, CharacterErrorRate.of("Đảng", "Đẳng"), 1e-9);
  }

  @Test
  void aLostDiacriticIsAnError() {
    assertEquals(0.25, CharacterErrorRate.of("Đảng", "Dảng"), 1e-9);
  }

  @Test
  void lineBreaksAndSpacingAreLayoutNotErrors() {
    assertEquals(0, CharacterErrorRate.of("Kế hoạch số 229-KH/HU\nĐam Rông", "  Kế hoạch số 229-KH/HU  \n\n Đam Rông\n"));
  }

  @Test
  void missingAndExtraTextCountAgainstTheReferenceLength() {
    assertEquals(0.5, CharacterErrorRate.of("abcd", "ab"), 1e-9);
    assertEquals(1.0, CharacterErrorRate.of("ab", "abxy"), 1e-9);
  }

  @Test
  void emptyReference() {
    assertEquals(0, CharacterErrorRate.of("", " "));
    assertEquals(1, CharacterErrorRate.of("", "x"));
  }

  @Test
  void linesCountMisreadsNotReadingOrder() {
    String truth = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 376/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    String interleaved = "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 376/QĐ-TTg";
    assertTrue(CharacterErrorRate.of(truth, interleaved) > 0.3);
    assertEquals(0, CharacterErrorRate.ofLines(truth, interleaved));
  }

  @Test
  void linesCountMisreadAndMissingCharacters() {
    assertEquals(2 / 14.0, CharacterErrorRate.ofLines("Hội đồng\nSố: 37", "Hội đông Số: 3"), 1e-9);
    assertEquals(1, CharacterErrorRate.ofLines("ab\ncd", ""), 1e-9);
  }

  @Test
  void linesIgnoreTextInNoLineOfTheReference() {
    assertEquals(0, CharacterErrorRate.ofLines("Trần Hồng Hà", "CHÍNH PHỦ * VIỆT NAM Trần Hồng Hà"));
  }
}
