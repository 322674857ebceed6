package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The data tables of index-config/ this package reads load, and their phrases match as documented. */
class TablesTest {
  @Test
  void resourcesAvailable() {
    assertFalse(Tables.SIGNATURE_PREFIXES.isEmpty());
    assertFalse(Tables.COMMITTEE_BY_ISSUER_CODE.isEmpty());
    assertEquals("Huyện ủy", Tables.COMMITTEE_BY_ISSUER_CODE.get("HU"));
    assertEquals("T/M", Tables.SIGNATURE_PREFIXES.get("T.M"));
    assertEquals("T/M", Tables.SIGNATURE_PREFIXES.get("1/M"));
    assertEquals("TM.", Tables.SIGNATURE_PREFIXES.get("TM"));
  }

  @Test
  void phraseToleratesOcrSlipsButNotOtherWords() {
    assertTrue(Tables.CUES.at(new PageText(1, "Can ctr Chi thi").tokens, 0).isPresent());
    assertTrue(Tables.CUES.at(new PageText(1, "Thue hién Ke hoach").tokens, 0).isPresent());
    assertFalse(Tables.CUES.at(new PageText(1, "Các cơ quan").tokens, 0).isPresent());
  }

  @Test
  void bodiesOfIssuerCodesOneNameEach() {
    assertEquals("Ban Tuyên giáo Tỉnh ủy", Tables.CODE_BODIES.whole(new PageText(1, "BAN TUYEN GIAO TINH UY").tokens).orElseThrow());
    assertFalse(Tables.CODE_BODIES.whole(new PageText(1, "Tỉnh ủy, Thành ủy").tokens).isPresent());
  }

  @Test
  void aProvincialSeatSpeaksForItsProvinceOnlyWhileItWasItsSeat() {
    assertEquals("tỉnh An Giang", Tables.province("Long Xuyên", LocalDate.of(2010, 3, 1)));
    assertNull(Tables.province("Long Xuyên", LocalDate.of(2025, 7, 1)), "a ward of An Giang since the mergers");
    assertEquals("tỉnh Thừa Thiên Huế", Tables.province("Huế", LocalDate.of(2024, 12, 31)));
    assertEquals("thành phố Huế", Tables.province("Huế", LocalDate.of(2025, 1, 1)));
    assertEquals("Thành phố Hồ Chí Minh", Tables.province("Thành phố Hồ Chí Minh", LocalDate.of(2020, 1, 1)));
    assertNull(Tables.province("Đam Rông", LocalDate.of(2020, 1, 1)), "a district is no province");
    // seats are places of the place and date line only: "Vinh" is not read inside "Vĩnh Linh"
    assertEquals("Vinh", Tables.place(new PageText(1, "Vinh").tokens).orElseThrow());
    assertFalse(Tables.PLACES.at(new PageText(1, "Vĩnh Linh").tokens, 0).isPresent());
  }

  @Test
  void placeRestoredFromPForD() {
    assertEquals("Đam Rông", Tables.PLACES.whole(new PageText(1, "Pam Réng").tokens).orElseThrow());
  }
}
