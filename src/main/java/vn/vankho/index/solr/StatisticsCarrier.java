package vn.vankho.index.solr;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The typed query, matching and scoring alone, that also weights the query which rescores its best hits. Solr's exact
 * statistics (ExactStatsCache) gather the terms of every shard by weighting the main query only, so the pairs of
 * the proximity query (common grams such as "cua_cac", found nowhere else) would be scored by each shard's own
 * counts; weighted here too, they are counted over the whole collection, as in the embedded index.
 */
final class StatisticsCarrier extends Query {
  private final Query query;
  private final Query carried;

  StatisticsCarrier(Query query, Query carried) {
    this.query = query;
    this.carried = carried;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = searcher.rewrite(query);
    Query carriedRewritten = searcher.rewrite(carried);
    return rewritten == query && carriedRewritten == carried ? this : new StatisticsCarrier(rewritten, carriedRewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    searcher.createWeight(carried, ScoreMode.COMPLETE, 1); // asks the statistics of its terms, and is dropped
    return searcher.createWeight(query, scoreMode, boost);
  }

  /** The query's terms only: snippets mark what matched, not the pairs that rescore. */
  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((StatisticsCarrier) other).query)
        && carried.equals(((StatisticsCarrier) other).carried);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, carried);
  }
}
