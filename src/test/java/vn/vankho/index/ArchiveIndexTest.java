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

class ArchiveIndexTest {
  @TempDir Path folder;
  ArchiveIndex index;

  @BeforeEach
  void open() {
    index = ArchiveIndex.openForWriting(folder);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void put(long id, String number, String text) {
    index.put(new IndexedDocument(id, number, number == null ? List.of() : List.of(number.toLowerCase().replaceAll("[/]", "-")),
        List.of(), null, null, LocalDate.of(2025, 3, 15), "doc" + id + ".txt", "Tài liệu " + id, text, "", List.of()));
    index.commit();
  }

  @Test
  void snippetMarksTheWordsFoundWithoutDiacriticsAndEscapesTheText() {
    put(1, null, "Công tác thi đua, khen thưởng <script>alert(1)</script> trong tình hình mới.");
    SearchResults results = index.search(new SearchRequest("thi dua khen thuong", 10, 0));
    assertEquals(1, results.total());
    String snippet = results.hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>thi</mark> <mark>đua</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
  }
}
