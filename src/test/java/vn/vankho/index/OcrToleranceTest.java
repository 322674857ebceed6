package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real poor OCR of kh-229-hu.ocr.txt is found by clean queries, without false hits on clean text. */
class OcrToleranceTest {
  private static final Path FIXTURE = Path.of("src/test/resources/eval/docs/kh-229-hu.ocr.txt");

  @TempDir Path folder;
  TestIndex index;

  @BeforeEach
  void open() throws IOException {
    index = new TestIndex(folder)
        .put(1, Files.readString(FIXTURE, StandardCharsets.UTF_8))
        .put(2, "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH về việc phê duyệt dự án đường giao thông nông thôn")
        .put(3, "Số: 30-BC/ĐU\nBÁO CÁO kết quả sản xuất nông nghiệp, chăn nuôi và trồng trọt vụ đông xuân")
        .put(4, "Số: 7-TB/VPHU\nTHÔNG BÁO lịch tiếp công dân của lãnh đạo");
  }

  @AfterEach
  void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"thi đua khen thưởng", "Ban Thường vụ Huyện ủy", "tuyên truyền",
      "Ban Thường vụ Huyện ủy Đam Rông", "cong tac thi dua khen thuong"})
  void cleanQueriesFindThePoorlyReadPlanFirst(String query) {
    assertEquals(1L, index.ids(query).get(0));
  }

  @Test
  void misreadLettersMeetTheWordMeant() {
    // "Pam Réng" (Đam Rông) and "khen thuwéng" (khen thưởng): only the OCR-tolerant field finds these
    assertEquals(List.of(1L), index.ids("Pam Rông thưởng"));
  }

  @Test
  void aWordMisreadByOneLetterIsFoundOnAPoorPage() {
    // "thudng" for "thưởng": no rule mends it, and a two-word query needs both words; one edit finds it
    index.put(5, "Quyét dinh khen thudng cho tap thé 1ao déng xuat séc nam 2025 cua xa Pa Tong");
    assertEquals(List.of(5L), index.ids("khen thưởng xuất sắc").stream().filter(id -> id == 5L).toList());
    assertEquals(List.of(5L), index.ids("khen thưởng").stream().filter(id -> id == 5L).toList());
  }

  @Test
  void cleanDocumentsNeedEveryWordOfAShortQuery() {
    // three of four words, or misspelled ones, would do on a poorly read page; not on clean text
    assertFalse(index.ids("sản xuất thủy sản").contains(3L));
    assertFalse(index.ids("tiếp dân lãnh đạu").contains(4L));
    assertEquals(3L, index.ids("kết quả sản xuất nông nghiệp").get(0));
    // a long query ranks by all its words (LongQueryRankingTest): the report holding all but one is found
    assertTrue(index.ids("kết quả sản xuất nông nghiệp thủy sản").contains(3L));
  }
}
