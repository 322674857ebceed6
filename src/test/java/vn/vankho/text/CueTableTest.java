package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueTableTest {

  @Test
  void eachRoleKeepsItsPhrasesInTheTablesOrder() {
    CueTable<List<String>> cues = CueTable.read("award-cues.txt");
    assertEquals(List.of("Tặng", "Truy tặng", "Phong tặng"), cues.role("verb").subList(0, 3));
    assertEquals(List.of("tang", "truy tang"), cues.map(p -> p.stream().map(Diacritics::searchForm).toList())
        .role("verb").subList(0, 2));
  }

  @Test
  void aRoleTheTableLacksFailsLoudlyNamingTheTable() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CueTable.read("document-cues.txt").role("no-such-role"));
    assertEquals("document-cues.txt has no role no-such-role", e.getMessage());
  }
}
