package vn.vankho.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many documents matched in all, and facets: for each of type, issuer, year and
 * campaign, the commonest values among all the matching documents with their counts, commonest first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  /** One value of a facet and how many matching documents have it. */
  public record FacetCount(String value, long count) {}

  public SearchResults(long total, List<SearchHit> hits) {
    this(total, hits, Map.of());
  }
}
