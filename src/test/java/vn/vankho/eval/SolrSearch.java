package vn.vankho.eval;

import java.util.List;
import java.util.Map;
import vn.vankho.index.SolrIndex;
import vn.vankho.index.SolrLocation;

/**
 * The archive's own search on the judged collection, in the collection of a SolrCloud, emptied first: the same
 * documents, entered as {@link LuceneSearch} enters them, so the two are compared side by side.
 */
final class SolrSearch implements RankedSearch {
  private final SolrIndex index;
  private final List<String> names;

  SolrSearch(SolrLocation solr, Map<String, String> documents) {
    index = SolrIndex.connect(solr);
    index.clear();
    names = LuceneSearch.put(index, documents);
  }

  @Override
  public String name() {
    return "Văn Khố (SolrCloud)";
  }

  @Override
  public List<String> search(String query, int limit) {
    return LuceneSearch.search(index, names, query, limit);
  }

  @Override
  public void close() {
    index.close();
  }
}
