package vn.vankho.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many documents matched in all, and facets: for each of type, issuer, year and
 * campaign, the commonest values among the matching documents with their counts, commonest first. For a long
 * query (ranked by a share of its words, so matching most of the archive) {@code total} may be a lower bound
 * ({@code totalIsLowerBound}) and the facets count the best {@value ArchiveIndex#RANKED_HITS_COUNTED} hits only.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    boolean totalIsLowerBound) {

  /** One value of a facet and how many matching documents have it. */
  public record FacetCount(String value, long count) {}

  public SearchResults(long total, List<SearchHit> hits) {
    this(total, hits, Map.of(), false);
  }
}
