package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of Vietnamese analysis, seen from a search over a real index. */
class VietnameseSearchTest {
  @TempDir Path folder;
  TestIndex index;

  @BeforeEach
  void open() {
    index = new TestIndex(folder);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void toneSpellingsFindEachOtherAndRankAboveTheFoldedWord() {
    index.put(1, "Xây dựng gia đình văn hoà").put(2, "Ban hành quy chế hoa viên").put(3, "Xây dựng xã văn hòa");
    assertEquals(List.of(1L, 3L, 2L), sortedTies(index.ids("hòa"), 2));
    assertEquals(List.of(1L, 3L, 2L), sortedTies(index.ids("hoà"), 2));
  }

  @Test
  void iAndYSpellingsFindEachOther() {
    index.put(1, "Chiến sĩ thi đua cơ sở").put(2, "Chiến sỹ thi đua cấp tỉnh").put(3, "Nhiệm kì 2020-2025");
    assertEquals(List.of(1L, 2L), index.ids("chiến sỹ thi đua").stream().sorted().toList());
    assertEquals(List.of(1L, 2L), index.ids("chien si thi dua").stream().sorted().toList());
    assertEquals(List.of(3L), index.ids("nhiệm kỳ"));
  }

  @Test
  void dWithStrokeFoldsToD() {
    index.put(1, "Huyện ủy Đam Rông");
    assertEquals(List.of(1L), index.ids("dam rong"));
    assertEquals(List.of(1L), index.ids("ĐAM RÔNG"));
  }

  @Test
  void decomposedInputMatchesComposedText() {
    index.put(1, Normalizer.normalize("Khen thưởng đột xuất", Normalizer.Form.NFD)).put(2, "Khen thưởng đột xuất");
    String nfdQuery = Normalizer.normalize("thưởng đột xuất", Normalizer.Form.NFD);
    assertEquals(List.of(1L, 2L), index.ids(nfdQuery).stream().sorted().toList());
  }

  @Test
  void aQueryWithDiacriticsRanksExactMatchesAboveFoldedOnes() {
    index.put(1, "Đề án về đào tạo").put(2, "Đề án về dạo tạo").put(3, "De an ve dao tao");
    assertEquals(1L, index.ids("đào tạo").get(0));
  }

  @Test
  void aQueryWithoutDiacriticsMatchesBoth() {
    index.put(1, "Thi đua yêu nước").put(2, "Thi dua yeu nuoc");
    assertEquals(List.of(1L, 2L), index.ids("thi dua yeu nuoc").stream().sorted().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"thi đua yêu nước\"", "\"thi dua yeu nuoc\""})
  void phrasesMatchWithAndWithoutDiacritics(String phrase) {
    index.put(1, "Phong trào thi đua yêu nước năm 2025").put(2, "Yêu nước, thi đua");
    assertEquals(List.of(1L), index.ids(phrase));
  }

  @ParameterizedTest
  @ValueSource(strings = {"41-CT/TW", "41/CT-TW", "41 - CT/ TW", "ct 41", "CT41", "chỉ thị 41", "chi thi so 41",
      "Chỉ thị số 41-CT/TW", "41-ct/tw"})
  void everyNumberFormFindsTheDocumentThatBearsItFirstThenThoseCitingIt(String typed) {
    index.put(1, "Kế hoạch số 152-KH/TU\nThực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị")
        .put(2, "Số: 41-CT/TW\nCHỈ THỊ về tăng cường công tác thi đua")
        .put(3, "Số: 42-CT/TW\nCHỈ THỊ khác");
    assertEquals(List.of(2L, 1L), index.ids(typed));
  }

  @Test
  void ocrSlipsInTheNumberLineStillGiveTheNumber() {
    index.put(1, "S6 229 - KH/HỦ\nKẾ HOẠCH thực hiện").put(2, "Thực hiện Kế hoạch số 229-KH/HU của Huyện ủy");
    assertEquals(List.of(1L, 2L), index.ids("229-KH/HU"));
    assertEquals(List.of(1L), index.ids("so:229-KH/HU"));
  }

  /** The ids with the first {@code tied} sorted: documents that score alike may come in either order. */
  private static List<Long> sortedTies(List<Long> ids, int tied) {
    List<Long> first = ids.subList(0, tied).stream().sorted().toList();
    return java.util.stream.Stream.concat(first.stream(), ids.subList(tied, ids.size()).stream()).toList();
  }
}
