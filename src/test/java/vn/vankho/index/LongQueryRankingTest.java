package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;

/** A long query (a question, a phrase remembered loosely) ranks by all its words; a short one still narrows. */
class LongQueryRankingTest {
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
  void aLongQueryMatchingMostOfTheArchiveCountsItsFacetsOverItsBestHitsOnly() {
    // every document holds three of the five words of the question (ten years: the facet lists them all); the first holds all
    String[] words = {"thẩm quyền", "khen thưởng", "hộ gia đình", "hiến đất", "làm đường"};
    int documents = ArchiveIndex.RANKED_HITS_COUNTED + 200;
    for (int id = 1; id <= documents; id++) {
      String text = id == 1 ? String.join(", ", words) : words[id % 5] + " và " + words[(id + 1) % 5] + ", " + words[(id + 2) % 5] + " năm " + id;
      index.index.put(PageEntries.of(id, "doc" + id + ".txt",
          List.of(new Page(1, text, PageSource.OCR, null, null, false, null, null, null)), LocalDate.of(2000 + id % 10, 1, 1)));
    }
    index.index.commit();

    SearchResults ranked = index.search("thẩm quyền khen thưởng hộ gia đình hiến đất làm đường");
    assertEquals(1L, ranked.hits().get(0).id());
    long yearsCounted = ranked.facets().get("year").stream().mapToLong(SearchResults.FacetCount::count).sum();
    assertEquals(ArchiveIndex.RANKED_HITS_COUNTED, yearsCounted, "facets over the best hits, not all " + documents);
    assertTrue(ranked.totalIsLowerBound() ? ranked.total() >= ArchiveIndex.RANKED_HITS_COUNTED : ranked.total() == documents,
        "exact, or a lower bound said to be one: " + ranked);

    // a short query still counts every match, and its facets over all of them
    SearchResults narrow = index.search("khen thưởng");
    assertEquals(false, narrow.totalIsLowerBound());
    assertEquals(narrow.total(), narrow.facets().get("year").stream().mapToLong(SearchResults.FacetCount::count).sum());
  }

  @Test
  void aQuestionFindsTheDocumentThatHoldsMostOfItsWords() {
    index.put(1, "Điều 5. Hộ gia đình hiến đất làm đường giao thông nông thôn được Chủ tịch Ủy ban nhân dân xã khen thưởng.")
        .put(2, "Điều 9. Quy chế làm việc của Ban chấp hành.")
        .put(3, "Điều 12. Thời hạn lưu trữ hồ sơ.");
    // "thì", "ai" and "quyết định" are in no document: every word required found nothing
    assertEquals(1L, index.ids("Khen thưởng cho hộ gia đình hiến đất làm đường thì ai quyết định?").get(0));
  }

  @Test
  void aNumberInAQuestionScoresWithoutEmptyingTheResults() {
    index.put(1, "Người từ đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm.")
        .put(2, "Người lao động có quyền làm việc.");
    assertEquals(List.of(1L), index.ids("Theo Bộ luật Hình sự năm 2017, người từ đủ bao nhiêu tuổi phải chịu trách nhiệm hình sự?"));
  }

  @Test
  void stopSyllablesWeighLessThanTheWordsButStillCount() {
    // the same number of query words in each; only 1 holds the content words, 2 holds the question's stop syllables
    index.put(1, "Mức phạt tiền đối với hành vi lấn chiếm vỉa hè.")
        .put(2, "Có bao nhiêu người thì được không?")
        .put(3, "Mức phạt tiền đối với hành vi lấn chiếm vỉa hè thì được bao nhiêu?");
    List<Long> ids = index.ids("mức phạt tiền lấn chiếm vỉa hè thì được bao nhiêu");
    assertEquals(List.of(3L, 1L), ids.subList(0, 2), "the stop syllables still add, a little: " + ids);
    assertTrue(!ids.contains(2L), "stop syllables alone are not enough to be found: " + ids);
    // a short query of stop syllables still finds them: they lower weight, they do not vanish
    assertEquals(List.of(2L, 3L), index.ids("bao nhiêu").stream().sorted().toList());
  }

  @Test
  void neighbouringWordsSideBySideRankAboveTheSameWordsApart() {
    index.put(1, "Thời hạn báo cáo của đơn vị là năm ngày, kết quả kiểm tra gửi về tỉnh, quyết định tiếp theo.")
        .put(2, "Kết quả kiểm tra thời hạn báo cáo của đơn vị, quyết định tiếp theo là năm ngày, gửi về tỉnh.");
    // each document holds every word once; only 2 holds "kiểm tra thời hạn" as the query writes it
    assertEquals(2L, index.ids("kết quả kiểm tra thời hạn báo cáo đơn vị").get(0));
    assertEquals(2L, index.ids("ket qua kiem tra thoi han bao cao don vi").get(0));
  }

  @Test
  void exactSpellingRanksAboveTheFoldedOneInALongQuery() {
    index.put(1, "Quy định về mức thu lệ phí cấp bản sao hồ sơ tại cơ quan lưu trữ.")
        .put(2, "Quy định về mức thủ lễ phi cấp bản sao hồ sơ tại cơ quan lưu trữ.");
    assertEquals(List.of(1L, 2L), index.ids("mức thu lệ phí cấp bản sao hồ sơ lưu trữ là bao nhiêu"));
  }

  @Test
  void aDocumentWithEveryWordStillComesBeforeOnesWithSome() {
    index.put(1, "Ban Thường vụ Huyện ủy Đam Rông chỉ đạo công tác thi đua khen thưởng.")
        .put(2, "Thi đua khen thưởng thi đua khen thưởng, Ban Thường vụ Ban Thường vụ Huyện ủy.")
        .put(3, "Báo cáo tổng kết năm học của trường.");
    List<Long> ids = index.ids("thi đua khen thưởng Ban Thường vụ Huyện ủy Đam Rông");
    assertEquals(List.of(1L, 2L), ids, "2 lacks Đam Rông but is found, after the one with every word");
  }

  @Test
  void shortQueriesStillNeedEveryWord() {
    index.put(1, "Thi đua yêu nước").put(2, "Phong trào thi đua");
    assertEquals(List.of(1L), index.ids("thi đua yêu nước"));
    assertEquals(List.of(), index.ids("thi đua khen thưởng"));
  }

  @Test
  void theQueryLanguageKeepsWorkingInALongQuery() {
    index.put(1, "Số: 12-KH/HU\n\nKế hoạch tuyên truyền thi đua khen thưởng hộ gia đình hiến đất làm đường")
        .put(2, "Số: 13-CT/HU\n\nChỉ thị tuyên truyền thi đua khen thưởng hộ gia đình hiến đất làm đường")
        .put(3, "Số: 14-KH/HU\n\nKế hoạch tuyên truyền thi đua khen thưởng hộ gia đình làm đường nông thôn");
    String question = "tuyên truyền thi đua khen thưởng hộ gia đình hiến đất làm đường";
    assertEquals(List.of(1L, 3L), index.ids("loai:KH " + question));
    assertEquals(List.of(3L), index.ids(question + " -\"hiến đất\""));
    assertEquals(List.of(2L), index.ids(question + " -loai:KH").subList(0, 1));
    assertEquals(List.of(3L), index.ids(question + " \"nông thôn\""));
    assertTrue(!index.ids(question + " -hiến").contains(1L));
  }
}
