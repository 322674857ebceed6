package vn.vankho.index.solr;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import vn.vankho.index.QueryBuilder;
import vn.vankho.index.Ranking;

/**
 * The query parser {@code vankho}: what a person typed, made into a Lucene query by the archive's own
 * {@link QueryBuilder}, so SolrCloud answers the query language exactly as the embedded index does. With
 * {@code part=proximity} it gives the query that rescores the best hits ({@link QueryBuilder.Built#proximity()}),
 * for Solr's rerank; a query without one matches nothing there.
 */
public final class TypedQueryParserPlugin extends QParserPlugin {
  public static final String NAME = "vankho";
  private final QueryBuilder queries = new QueryBuilder(Ranking.configured());

  @Override
  public QParser createParser(String typed, SolrParams localParams, SolrParams params, SolrQueryRequest request) {
    return new QParser(typed, localParams, params, request) {
      @Override
      public Query parse() {
        QueryBuilder.Built built = queries.build(qstr == null ? "" : qstr);
        if ("proximity".equals(localParams == null ? null : localParams.get("part"))) {
          return built.proximity() == null ? new MatchNoDocsQuery() : built.proximity();
        }
        return built.proximity() == null ? built.query() : new StatisticsCarrier(built.query(), built.proximity());
      }
    };
  }
}
