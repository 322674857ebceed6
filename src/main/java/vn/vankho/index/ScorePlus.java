package vn.vankho.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The score of the query it is given to (in a {@code FunctionScoreQuery}) plus a constant: ranks a set of
 * documents above the rest while keeping their order, with the query matched once.
 */
final class ScorePlus extends DoubleValuesSource {
  private final double shift;

  ScorePlus(double shift) {
    this.shift = shift;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext leaf, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        return scores.doubleValue() + shift;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext leaf) {
    return true;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(shift);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScorePlus plus && plus.shift == shift;
  }

  @Override
  public String toString() {
    return "score+" + shift;
  }
}
