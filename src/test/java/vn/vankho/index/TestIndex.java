package vn.vankho.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;

/** An index in a temporary folder, filled from texts as {@link PageEntries#of} enters them. */
final class TestIndex implements AutoCloseable {
  final ArchiveIndex index;

  TestIndex(Path folder) {
    index = ArchiveIndex.openForWriting(folder);
  }

  /** Puts one single-page document; its number, if any, is on a line "Số: …" of {@code text}. */
  TestIndex put(long id, String text) {
    return put(id, text, null);
  }

  TestIndex put(long id, String text, LocalDate date) {
    index.put(PageEntries.of(id, "doc" + id + ".txt", List.of(new Page(1, text, PageSource.OCR, null, null, false, null, null, null)), date));
    index.commit();
    return this;
  }

  SearchResults search(String query) {
    return index.search(new SearchRequest(query, 10, 0));
  }

  /** The ids of the hits, best first. */
  List<Long> ids(String query) {
    return search(query).hits().stream().map(SearchHit::id).toList();
  }

  @Override
  public void close() {
    index.close();
  }
}
