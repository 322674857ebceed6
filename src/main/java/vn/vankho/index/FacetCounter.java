package vn.vankho.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts the facets of a result set from the doc values of {@link IndexFields#FACETS}: per segment by
 * ordinal, then by value. Plain doc values rather than the facet module's taxonomy or reader state: nothing
 * to build or cache when the index changes, and the counting is one pass over the hits.
 */
final class FacetCounter {
  static final int TOP_VALUES = 10;

  private FacetCounter() {}

  static Map<String, List<SearchResults.FacetCount>> count(FacetsCollector hits) throws IOException {
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    for (String facet : IndexFields.FACETS) {
      Map<String, Long> counts = new HashMap<>();
      for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
        SortedSetDocValues values = DocValues.getSortedSet(segment.context.reader(), IndexFields.facet(facet));
        long[] byOrdinal = new long[(int) values.getValueCount()];
        DocIdSetIterator docs = segment.bits.iterator();
        if (docs == null) {
          continue; // an empty set may have no iterator
        }
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
              byOrdinal[(int) values.nextOrd()]++;
            }
          }
        }
        for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
          if (byOrdinal[ordinal] > 0) {
            counts.merge(values.lookupOrd(ordinal).utf8ToString(), byOrdinal[ordinal], Long::sum);
          }
        }
      }
      List<SearchResults.FacetCount> top = new ArrayList<>();
      counts.forEach((value, count) -> top.add(new SearchResults.FacetCount(value, count)));
      top.sort(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
          .thenComparing(SearchResults.FacetCount::value));
      facets.put(facet, List.copyOf(top.subList(0, Math.min(TOP_VALUES, top.size()))));
    }
    return facets;
  }
}
