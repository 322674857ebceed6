package vn.vankho.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import vn.vankho.text.ConfigTables;

/**
 * How search ranks: BM25's parameters, when a query ranks by all its words instead of needing each, and the
 * weights of exact spelling, of neighbouring pairs and of stop syllables. {@link #configured()} reads them once
 * from index-config/ranking.txt and index-config/stop-syllables.txt; evaluation builds others to compare.
 *
 * @param rankFrom a query of this many words or more needs only {@code shouldMatch} of them (stop syllables aside)
 * @param stopExact the stop syllables as the exact field writes them, matched when a word is typed with marks
 * @param stopFolded the same folded, matched when a word is typed without
 */
public record Ranking(float k1, float b, int rankFrom, double shouldMatch, float exactBoost, float pairBoost,
    float stopWeight, Set<String> stopExact, Set<String> stopFolded) {

  public Ranking {
    stopExact = Set.copyOf(stopExact);
    stopFolded = Set.copyOf(stopFolded);
  }

  private static final class Configured {
    static final Ranking RANKING = read();
  }

  /** The ranking of index-config/, read once. */
  public static Ranking configured() {
    return Configured.RANKING;
  }

  /** BM25 with these parameters; norms do not depend on them, so an index is searched with any. */
  public Similarity similarity() {
    return new BM25Similarity(k1, b);
  }

  /** Whether a word, typed as {@code exact} and folded as {@code folded}, is a stop syllable. */
  boolean isStop(String exact, String folded) {
    return exact.equals(folded) ? stopFolded.contains(folded) : stopExact.contains(exact);
  }

  /** The share of {@code words} words a ranked query needs: rounded down, at least one. */
  int wordsNeeded(int words) {
    return Math.max(1, (int) Math.floor(words * shouldMatch));
  }

  /** A copy with other parameters (for tuning), the stop syllables kept. */
  public Ranking with(float k1, float b, int rankFrom, double shouldMatch, float exactBoost, float pairBoost,
      float stopWeight) {
    return new Ranking(k1, b, rankFrom, shouldMatch, exactBoost, pairBoost, stopWeight, stopExact, stopFolded);
  }

  private static Ranking read() {
    Map<String, String> values = new HashMap<>();
    for (String[] row : ConfigTables.rows("ranking.txt")) {
      if (row.length != 2) {
        throw new IllegalStateException("ranking.txt: expected name<TAB>value in " + String.join(" ", row));
      }
      values.put(row[0], row[1]);
    }
    List<String> stops = ConfigTables.rows("stop-syllables.txt").stream().map(row -> row[0]).toList();
    return new Ranking(number(values, "k1"), number(values, "b"), (int) number(values, "rank-from"),
        number(values, "should-match"), number(values, "exact-boost"), number(values, "pair-boost"),
        number(values, "stop-weight"), terms(VietnameseAnalyzers.exact(), stops), terms(VietnameseAnalyzers.folded(), stops));
  }

  private static float number(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("ranking.txt: missing " + name);
    }
    return Float.parseFloat(value);
  }

  private static Set<String> terms(Analyzer analyzer, List<String> syllables) {
    return syllables.stream().flatMap(s -> Tokens.terms(analyzer, s).stream()).collect(Collectors.toSet());
  }
}
