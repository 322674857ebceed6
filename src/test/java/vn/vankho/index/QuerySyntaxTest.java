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

/** Field filters, synonyms, facets, order and paging. */
class QuerySyntaxTest {
  @TempDir Path folder;
  TestIndex index;

  @BeforeEach
  void open() {
    index = new TestIndex(folder)
        .put(1, "Số: 229-KH/HU\nKẾ HOẠCH thực hiện công tác thi đua của Ủy ban nhân dân huyện", LocalDate.of(2025, 3, 15))
        .put(2, "Số: 41-CT/TW\nCHỈ THỊ về công tác thi đua, khen thưởng", LocalDate.of(2024, 12, 26))
        .put(3, "Số: 512/QĐ-UBND\nQUYẾT ĐỊNH khen thưởng thi đua của UBND tỉnh", LocalDate.of(2025, 6, 2))
        .put(4, "Số: 85-KH/TU\nKẾ HOẠCH thi đua giai đoạn trước", LocalDate.of(2014, 5, 1))
        .put(5, "Báo cáo thi đua không rõ ngày");
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void typeByCodeOrName() {
    assertEquals(List.of(1L, 4L), sorted("thi đua loai:KH"));
    assertEquals(List.of(1L, 4L), sorted("thi đua loai:ke-hoach"));
    assertEquals(List.of(1L, 4L), sorted("thi đua loại:\"kế hoạch\""));
    assertEquals(List.of(2L, 3L, 5L), sorted("thi đua -loai:KH"));
  }

  @Test
  void issuerByCodeOrWords() {
    assertEquals(List.of(1L), sorted("coquan:HU"));
    assertEquals(List.of(3L), sorted("thi đua coquan:UBND"));
  }

  @Test
  void yearAndYearRangeAndDateRange() {
    assertEquals(List.of(1L, 3L), sorted("thi đua nam:2025"));
    assertEquals(List.of(1L, 2L, 3L), sorted("thi đua năm:2020-2025"));
    assertEquals(List.of(2L, 3L), sorted("ngay:2024-12-01..2025-12-31 -loai:KH"));
    assertEquals(List.of(4L), sorted("ngay:..2015-01-01"));
    assertEquals(List.of(), sorted("nam:hai-nghin"));
  }

  @Test
  void soMatchesOnlyTheDocumentThatBearsTheNumber() {
    index.put(6, "Thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị");
    assertEquals(List.of(2L, 6L), index.ids("41-CT/TW"));
    assertEquals(List.of(2L), index.ids("so:41-CT/TW"));
    assertEquals(List.of(2L), index.ids("so:ct41"));
  }

  @Test
  void abbreviationsFindTheirExpansionsAndBack() {
    assertEquals(List.of(1L, 3L), sorted("UBND"));
    assertEquals(List.of(1L, 3L), sorted("Ủy ban nhân dân"));
    assertEquals(List.of(1L, 3L), sorted("uy ban nhan dan"));
  }

  @Test
  void aLowerCaseWordIsNoAbbreviation() {
    index.put(6, "Mặt trận Tổ quốc Việt Nam");
    assertEquals(List.of(6L), sorted("MTTQ"));
    assertEquals(List.of(), sorted("mttq"));
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() {
    SearchResults results = index.index.search(new SearchRequest("thi đua", 1, 0));
    assertEquals(5, results.total());
    assertEquals(List.of(new SearchResults.FacetCount("KH", 2), new SearchResults.FacetCount("CT", 1),
        new SearchResults.FacetCount("QĐ", 1)), results.facets().get("type"));
    assertEquals(List.of(new SearchResults.FacetCount("2025", 2), new SearchResults.FacetCount("2014", 1),
        new SearchResults.FacetCount("2024", 1)), results.facets().get("year"));
    assertEquals(4, results.facets().get("issuer").size());
    assertEquals(List.of(), results.facets().get("campaign"));
  }

  @Test
  void campaignsAreAFacet() {
    index.index.put(new IndexedDocument(7, null, List.of(), List.of(), null, null, null, "d7.txt", "d7",
        "Phong trào thi đua Dân vận khéo", "", List.of("Dân vận khéo"), 1, null, null));
    index.index.commit();
    assertEquals(List.of(new SearchResults.FacetCount("Dân vận khéo", 1)),
        index.search("thi đua").facets().get("campaign"));
  }

  @Test
  void sortByDateIsNewestFirstWithUndatedLast() {
    SearchResults results = index.index.search(new SearchRequest("thi đua", 10, 0, SearchRequest.Order.DATE));
    assertEquals(List.of(3L, 1L, 2L, 4L, 5L), results.hits().stream().map(SearchHit::id).toList());
    assertEquals(SearchRequest.Order.DATE, SearchRequest.Order.parse("date"));
    assertEquals(SearchRequest.Order.RELEVANCE, SearchRequest.Order.parse(null));
  }

  @Test
  void pagesFollowEachOtherWithoutGapOrRepeat() {
    List<Long> all = index.ids("thi đua");
    List<Long> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < 5; offset += 2) {
      SearchResults page = index.index.search(new SearchRequest("thi đua", 2, offset));
      assertEquals(5, page.total());
      page.hits().forEach(hit -> paged.add(hit.id()));
    }
    assertEquals(all, paged);
    assertTrue(index.index.search(new SearchRequest("thi đua", 2, 10)).hits().isEmpty());
  }

  private List<Long> sorted(String query) {
    return index.ids(query).stream().sorted().toList();
  }
}
