package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {
  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private static List<String> canonicals(String text) {
    return DocumentNumbers.find(text).stream().map(f -> f.number().canonical()).toList();
  }

  private static void checkQuery(String query, List<String> keys, List<String> prefixes, String remainder) {
    DocumentNumbers.NumberQuery parsed = DocumentNumbers.parseQuery(query);
    assertEquals(keys, parsed.exactKeys(), query);
    assertEquals(prefixes, parsed.keyPrefixes(), query);
    assertEquals(remainder, parsed.remainder(), query);
  }

  @Test
  void numbersOfRealStateDocumentsWithoutATypeCodeOrWithSeveralIssuers() {
    // lines of the real set (src/test/resources/real-set): a law, a resolution of the Standing Committee, a
    // decision of 1996, a series of resolutions, a joint circular of three ministries, a code typed in Cyrillic
    assertEquals(List.of("59/2020/QH14"), canonicals("Luật số: 59/2020/QH14"));
    assertEquals(List.of("104/2025/UBTVQH15"), canonicals("Nghị quyết số: 104/2025/UBTVQH15"));
    assertEquals(List.of("118/TTg"), canonicals("điều của Quyết định số 118/TTg ngày 27/02/1996 của"));
    assertEquals(List.of("66.12/2026/NQ-CP"), canonicals("Số: 66.12/2026/NQ-CP"));
    assertEquals(List.of("12/2016/TTLT-BLĐTBXH-BGDĐT-BTC"), canonicals("Thông tư liên tịch số 12/2016/TTLT-BLĐTBXH-BGDĐT-BTC"));
    assertEquals(List.of("6/2026/TT-BTC"), canonicals("Số 06/2026/TT-BT\u0421"));
    assertEquals("59-2020-qh14", DocumentNumbers.parse("59/2020/QH14").orElseThrow().key());
    // a serial and a code the table does not know, after "số", is no number: "số 5/BC" of a sentence
    assertEquals(List.of(), canonicals("tại mục số 5/XYZ"));
  }

  @Test
  void numbersOfTheHeadOfStatesOldTextsCarryATypeCodeAndNoIssuer() {
    // the number lines of Lệnh 194-LCT (1980) and 5-LCT (1977) of the real award decisions
    assertEquals(List.of("194-LCT"), canonicals("Số: 194-LCT"));
    assertEquals(List.of("5-LCT"), canonicals("Số: 5-LCT"));
    assertEquals("194-lct", DocumentNumbers.parse("194-LCT").orElseThrow().key());
    // without "số" a serial and a code are no number ("F-16", "COVID-19" stand in text), nor is an unknown code
    assertEquals(List.of(), canonicals("máy bay F-16 và 194-LCT"));
    assertEquals(List.of(), canonicals("Số: 12-ABC"));
  }

  @Test
  void aSerialGluedToTheWordSoIsStillANumber() {
    // a web copy of Hướng dẫn 11-HD/VPTW: "Quy định số31-QĐ/TW ..., Quy định số91-QĐ/TW"
    assertEquals(List.of("31-QĐ/TW", "91-QĐ/TW"), canonicals("Quy định số31-QĐ/TW, Quy định số91-QĐ/TW"));
    assertEquals(List.of("12/QĐ-UBND"), canonicals("Quyết định số12/QĐ-UBND"));
    // but never inside another word
    assertEquals(List.of(), canonicals("Khso31-QĐ/TW"));
  }

  @Test
  void testPartyStyle() {
    assertEquals(List.of("41-CT/TW"), canonicals("thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024"));
    assertEquals(List.of("41-CT/TW"), canonicals("41 - CT/ TW"));
  }

  @Test
  void testStateStyle() {
    assertEquals(List.of("123/QĐ-UBND"), canonicals("Số: 123/QĐ-UBND"));
    assertEquals(List.of("30/2020/NĐ-CP"), canonicals("Nghị định số 30/2020/NĐ-CP"));
  }

  @Test
  void testMixedStyleSharesKey() {
    assertEquals(DocumentNumbers.parse("41-CT/TW").orElseThrow().key(),
        DocumentNumbers.parse("41/CT-TW").orElseThrow().key());
  }

  /** Reading, correcting and indexing a number take its keys from here: both styles share them, a non-number has none. */
  @Test
  void keysOfANumberAsWritten() {
    assertEquals(DocumentNumbers.parse("41-CT/TW").orElseThrow().keys(), DocumentNumbers.keysOf(" 41/CT-TW "));
    assertEquals(List.of(), DocumentNumbers.keysOf(null));
    assertEquals(List.of(), DocumentNumbers.keysOf("  "));
    assertEquals(List.of(), DocumentNumbers.keysOf("kế hoạch"));
  }

  @Test
  void testPartySerialBelowTenHasLeadingZero() {
    DocumentNumber number = DocumentNumbers.parse("5-CT/TW").orElseThrow();
    assertEquals("05-CT/TW", number.canonical());
    assertEquals("5-ct-tw", number.key());
  }

  @Test
  void testLowerCaseIssuerWhenKnown() {
    assertEquals(List.of("17/2025/QĐ-TTg"), canonicals("Quyết định số 17/2025/QĐ-TTg của Thủ tướng"));
    assertEquals(List.of(), canonicals("12-CT/Tinh"));
  }

  @Test
  void testOcrIssuerWithStrayMark() {
    assertEquals(List.of("229-KH/HU"), canonicals("S6 229 - KH/HỦ"));
  }

  @Test
  void testOcrPForDInIssuer() {
    assertEquals(List.of("12/NQ-HĐND"), canonicals("Nghị quyết số 12/NQ-HPND"));
  }

  @Test
  void testOcrPForDInTypeCode() {
    assertEquals(List.of("123/QĐ-UBND"), canonicals("Số: 123/QP-UBND"));
    assertEquals(List.of("7/PA-UBND"), canonicals("Phương án số 7/PA-UBND"), "PA is a code of its own");
  }

  @Test
  void testEthForD() {
    assertEquals(List.of("123/QĐ-UBND"), canonicals("123/Q\u00D0-UBND"));
  }

  @Test
  void testOcrNumberWordSlips() {
    for (String line : List.of("S6 229 - KH/HU", "s6 229-KH/HU", "sb 229-KH/HU", "sé 229-KH/HU", "Số: 229-KH/HU")) {
      assertEquals("229-KH/HU", DocumentNumbers.numberLine(line + "\nThực hiện 41-CT/TW").orElseThrow()
          .number().canonical(), line);
    }
  }

  @Test
  void testNumberLineSkipsCitations() {
    assertTrue(DocumentNumbers.numberLine("Thực hiện Chỉ thị số 41-CT/TW").isEmpty());
  }

  @Test
  void testOcrDoubleSlashDateIsNoNumber() {
    assertEquals(List.of("41-CT/TW"), canonicals("Chi thi sé 41-CT/TW ngay 26/12//2024 ciia B Chinh tri"));
  }

  @Test
  void testOcrFixture() {
    String text = Fixtures.read("kh-229-hu.ocr.txt");
    Set<String> numbers = DocumentNumbers.find(text).stream().map(f -> f.number().canonical())
        .collect(Collectors.toSet());
    assertEquals(Set.of("229-KH/HU", "152-KH/TU", "41-CT/TW", "05-CT/TW", "34-CT/TU"), numbers);
    assertEquals("229-KH/HU", DocumentNumbers.numberLine(text).orElseThrow().number().canonical());
  }

  @Test
  void testQueryFullNumber() {
    checkQuery("41-CT/TW", List.of("41-ct-tw"), List.of(), "");
    checkQuery("41/CT-TW", List.of("41-ct-tw"), List.of(), "");
    checkQuery("41 - CT/ TW", List.of("41-ct-tw"), List.of(), "");
    checkQuery("41-ct/tw", List.of("41-ct-tw"), List.of(), "");
  }

  @Test
  void testQueryFullNumberWithWords() {
    checkQuery("Chỉ thị số 41-CT/TW thi đua", List.of("41-ct-tw"), List.of(), "thi đua");
    checkQuery("Số: 123/QĐ-UBND", List.of("123-qd-ubnd"), List.of(), "");
    checkQuery("123/qd-ubnd", List.of("123-qd-ubnd"), List.of(), "");
    checkQuery("30/2020/NĐ-CP", List.of("30-2020-nd-cp", "30-nd-cp"), List.of(), "");
  }

  @Test
  void testQueryCodeAndSerial() {
    checkQuery("CT 41", List.of(), List.of("41-ct-"), "");
    checkQuery("CT41", List.of(), List.of("41-ct-"), "");
    checkQuery("ct 05", List.of(), List.of("5-ct-"), "");
    checkQuery("41-CT", List.of(), List.of("41-ct-"), "");
  }

  @Test
  void testQueryTypeNameAndSerial() {
    checkQuery("chỉ thị 41", List.of(), List.of("41-ct-"), "");
    checkQuery("chi thi so 41", List.of(), List.of("41-ct-"), "");
    checkQuery("kế hoạch 229", List.of(), List.of("229-kh-"), "");
    checkQuery("ke hoach so 229 huyen uy", List.of(), List.of("229-kh-"), "huyen uy");
    checkQuery("Quyết định số 123", List.of(), List.of("123-qd-"), "");
  }

  @Test
  void testQueryTypeNameOfTwoCodes() {
    checkQuery("quy định 5", List.of(), List.of("5-qdi-", "5-qyd-"), "");
  }

  @Test
  void testQueryWithoutNumber() {
    checkQuery("thi đua yêu nước", List.of(), List.of(), "thi đua yêu nước");
    checkQuery("chỉ thị về thi đua", List.of(), List.of(), "chỉ thị về thi đua");
    checkQuery("năm 2024", List.of(), List.of(), "năm 2024");
    assertFalse(DocumentNumbers.parseQuery("khen thưởng").hasNumber());
  }

  @Test
  void testQueryTurkishDefaultLocale() {
    Locale.setDefault(Locale.forLanguageTag("tr"));
    checkQuery("CHI THI 41", List.of(), List.of("41-ct-"), "");
    checkQuery("41-ct/tw", List.of("41-ct-tw"), List.of(), "");
  }
}
