package vn.vankho.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mean ranking quality over some queries. Relevance is binary (listed or not): recall@k is the share of the
 * relevant documents in the first k out of those that fit in k (with one relevant document, whether it is
 * there); MRR the reciprocal rank of the first relevant one within the first ten; nDCG@10 discounts each
 * relevant hit by log2(rank + 1) against the ideal ranking; {@code noResult} the share of queries that found
 * nothing at all.
 */
public record Scores(int queries, double recallAt1, double recallAt5, double recallAt10, double mrr, double ndcgAt10,
    double noResult) {
  static final int CUTOFF = 10;

  static Scores of(List<String> ranked, List<String> relevant) {
    Set<String> wanted = new HashSet<>(relevant);
    double reciprocalRank = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      if (wanted.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
        if (reciprocalRank == 0) {
          reciprocalRank = 1.0 / (i + 1);
        }
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(CUTOFF, wanted.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return new Scores(1, recall(ranked, wanted, 1), recall(ranked, wanted, 5), recall(ranked, wanted, CUTOFF),
        reciprocalRank, dcg / ideal, ranked.isEmpty() ? 1 : 0);
  }

  private static double recall(List<String> ranked, Set<String> wanted, int k) {
    long found = ranked.stream().limit(k).filter(wanted::contains).count();
    return (double) found / Math.min(k, wanted.size());
  }

  static Scores mean(List<Scores> each) {
    int n = Math.max(1, each.size());
    return new Scores(each.size(), each.stream().mapToDouble(Scores::recallAt1).sum() / n,
        each.stream().mapToDouble(Scores::recallAt5).sum() / n, each.stream().mapToDouble(Scores::recallAt10).sum() / n,
        each.stream().mapToDouble(Scores::mrr).sum() / n, each.stream().mapToDouble(Scores::ndcgAt10).sum() / n,
        each.stream().mapToDouble(Scores::noResult).sum() / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
