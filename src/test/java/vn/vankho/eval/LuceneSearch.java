package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IOUtils;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.PageEntries;
import vn.vankho.index.Ranking;
import vn.vankho.index.SearchIndex;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;

/**
 * The archive's own search on the judged collection, in a temporary index. Each document is one page (so
 * the whole text is poorly read or not) without a date, entered by {@link PageEntries#of}.
 */
final class LuceneSearch implements RankedSearch {
  private final Path folder;
  private final ArchiveIndex index;
  private final List<String> names;

  LuceneSearch(Map<String, String> documents) {
    try {
      folder = Files.createTempDirectory("vankho-eval-index");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index = ArchiveIndex.openForWriting(folder);
    names = put(index, documents);
  }

  /** Puts the collection into {@code index}, each document by its place in name order from 1; returns the names. */
  static List<String> put(SearchIndex index, Map<String, String> documents) {
    List<String> names = new ArrayList<>();
    documents.keySet().stream().sorted().forEach(name -> {
      names.add(name);
      index.put(PageEntries.of(names.size(), name,
          List.of(new Page(1, documents.get(name), PageSource.OCR, null, null, false, null, null, null)), null));
    });
    index.commit();
    return names;
  }

  /** The names of the best {@code limit} hits of {@code query} in an index filled by {@link #put}. */
  static List<String> search(SearchIndex index, List<String> names, String query, int limit) {
    List<String> ranked = new ArrayList<>();
    for (SearchHit hit : index.search(new SearchRequest(query, limit, 0)).hits()) {
      ranked.add(names.get((int) hit.id() - 1));
    }
    return ranked;
  }

  @Override
  public String name() {
    return "Văn Khố (Lucene)";
  }

  @Override
  public List<String> search(String query, int limit) {
    return search(index, query, limit);
  }

  /** The same index searched with another ranking (to tune it); close it before this. */
  RankedSearch rankedBy(Ranking ranking) {
    ArchiveIndex other = ArchiveIndex.openForSearching(folder, ranking);
    return new RankedSearch() {
      @Override
      public String name() {
        return "Văn Khố (Lucene), " + ranking;
      }

      @Override
      public List<String> search(String query, int limit) {
        return LuceneSearch.this.search(other, query, limit);
      }

      @Override
      public void close() {
        other.close();
      }
    };
  }

  private List<String> search(ArchiveIndex searched, String query, int limit) {
    return search(searched, names, query, limit);
  }

  @Override
  public void close() {
    index.close();
    try {
      IOUtils.rm(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
