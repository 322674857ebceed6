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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the facets of a result set from the doc values of {@link IndexFields#FACETS}: per segment by
 * ordinal, then by value. Plain doc values rather than the facet module's taxonomy or reader state: nothing
 * to build or cache when the index changes, and the counting is one pass over the hits.
 */
final class FacetCounter {
  static final int TOP_VALUES = 10;

  private FacetCounter() {}

  /** Over some hits only (scattered over the segments, in any order). */
  static Map<String, List<SearchResults.FacetCount>> count(List<LeafReaderContext> leaves, ScoreDoc[] hits)
      throws IOException {
    List<FacetsCollector.MatchingDocs> segments = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
      int count = 0;
      for (ScoreDoc hit : hits) {
        int doc = hit.doc - leaf.docBase;
        if (doc >= 0 && doc < docs.length()) {
          docs.set(doc);
          count++;
        }
      }
      if (count > 0) {
        segments.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(docs, count), count, null));
      }
    }
    return count(segments);
  }

  static Map<String, List<SearchResults.FacetCount>> count(List<FacetsCollector.MatchingDocs> hits) throws IOException {
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    for (String facet : IndexFields.FACETS) {
      Map<String, Long> counts = new HashMap<>();
      for (FacetsCollector.MatchingDocs segment : hits) {
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
      facets.put(facet, top(counts));
    }
    return facets;
  }

  /** The {@link #TOP_VALUES} commonest values, commonest first, equal counts in the order of their values. */
  static List<SearchResults.FacetCount> top(Map<String, Long> counts) {
    List<SearchResults.FacetCount> top = new ArrayList<>();
    counts.forEach((value, count) -> top.add(new SearchResults.FacetCount(value, count)));
    top.sort(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
        .thenComparing(SearchResults.FacetCount::value));
    return List.copyOf(top.subList(0, Math.min(TOP_VALUES, top.size())));
  }
}
