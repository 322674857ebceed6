package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
        List.of(), null, null, LocalDate.of(2025, 3, 15), "doc" + id + ".txt", "Tài liệu " + id, text, "", List.of(), 1, null, null));
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

  /** Closed under a search (a process stopping): the search is refused as one to ask again, not as a failure. */
  @Test
  void aSearchOfAClosedIndexSaysTheIndexIsUnavailable() {
    put(1, null, "Kế hoạch thực hiện");
    index.close();
    assertThrows(IndexUnavailableException.class, () -> index.search(new SearchRequest("kế hoạch", 10, 0)));
  }

  /**
   * The index's folder gone while a commit writes (a volume unmounted, a disk failing): Lucene closes its writer for
   * good, and the indexer's next catch-up, which puts again what was not committed, must find a writer once the
   * folder is back, not a closed one until the server restarts.
   */
  @Test
  void writingGoesOnOnceTheFolderIsBackAfterACommitFailedWithoutIt() throws Exception {
    put(1, null, "Kế hoạch thực hiện");
    Path away = folder.resolveSibling(folder.getFileName() + "-away");
    Files.move(folder, away);
    assertThrows(RuntimeException.class, () -> put(2, null, "Báo cáo sơ kết"));
    assertThrows(RuntimeException.class, () -> put(2, null, "Báo cáo sơ kết"), "nothing is written while it is away");
    assertFalse(Files.exists(folder), "no empty index is made in its place");
    Files.move(away, folder);
    put(2, null, "Báo cáo sơ kết");
    assertEquals(1, index.search(new SearchRequest("báo cáo", 10, 0)).total());
    assertEquals(1, index.search(new SearchRequest("kế hoạch", 10, 0)).total(), "what was committed before is kept");
  }

  /** A rebuild that fails midway (the database went away) and the process closes the index: the old one stays. */
  @Test
  void whatWasNotCommittedIsNotKeptWhenTheIndexIsClosed() {
    put(1, null, "Kế hoạch thực hiện");
    put(2, null, "Báo cáo sơ kết");
    index.clear();
    index.put(new IndexedDocument(3, null, List.of(), List.of(), null, null, null, "d3.txt", "d3", "Nửa chừng", "",
        List.of(), 1, null, null));
    index.close();
    index = ArchiveIndex.openForSearching(folder);
    assertEquals(List.of(new SearchIndex.Entry(1, 1), new SearchIndex.Entry(2, 1)), index.entries());
    assertEquals(0, index.search(new SearchRequest("nửa chừng", 10, 0)).total());
  }

  @Test
  void anIndexMadeWithAnOlderAnalysisSaysSoUntilItIsCleared() throws Exception {
    assertTrue(index.madeWithCurrentAnalysis(), "an empty index is current");
    put(1, null, "Kế hoạch thực hiện của các cơ quan");
    index.close();
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
      older.setLiveCommitData(Map.of("analysis", "1: before common grams").entrySet());
      older.commit();
    }
    index = ArchiveIndex.openForWriting(folder);
    assertFalse(index.madeWithCurrentAnalysis());
    put(2, null, "Một văn bản mới");
    index.close();
    index = ArchiveIndex.openForWriting(folder);
    assertFalse(index.madeWithCurrentAnalysis(), "entries put meanwhile do not make the older ones current");
    try (ArchiveIndex searching = ArchiveIndex.openForSearching(folder)) {
      assertFalse(searching.madeWithCurrentAnalysis());
    }
    index.clear();
    assertTrue(index.madeWithCurrentAnalysis());
    put(1, null, "Kế hoạch thực hiện của các cơ quan");
    index.close();
    index = ArchiveIndex.openForWriting(folder);
    assertTrue(index.madeWithCurrentAnalysis());
    assertEquals(1, index.search(new SearchRequest("\"của các cơ quan\"", 10, 0)).total());
  }
}
