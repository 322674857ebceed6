package vn.vankho.index.solr;

import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.schema.SimilarityFactory;
import vn.vankho.index.Ranking;

/** The archive's ranking (index-config/ranking.txt) for every field of the Solr collection, as in the embedded index. */
public final class RankingSimilarityFactory extends SimilarityFactory {
  @Override
  public Similarity getSimilarity() {
    return Ranking.configured().similarity();
  }
}
