package vn.vankho.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mean ranking quality over some queries. Relevance is binary (listed or not): recall@10 is the share of
 * the relevant documents in the first ten; MRR the reciprocal rank of the first relevant one; nDCG@10
 * discounts each relevant hit by log2(rank + 1) against the ideal ranking.
 */
public record Scores(int queries, double recallAt10, double mrr, double ndcgAt10) {
  static final int CUTOFF = 10;

  static Scores of(List<String> ranked, List<String> relevant) {
    Set<String> wanted = new HashSet<>(relevant);
    int found = 0;
    double reciprocalRank = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      if (wanted.contains(ranked.get(i))) {
        found++;
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
    return new Scores(1, (double) found / Math.min(CUTOFF, wanted.size()), reciprocalRank, dcg / ideal);
  }

  static Scores mean(List<Scores> each) {
    double recall = 0;
    double mrr = 0;
    double ndcg = 0;
    for (Scores s : each) {
      recall += s.recallAt10;
      mrr += s.mrr;
      ndcg += s.ndcgAt10;
    }
    int n = Math.max(1, each.size());
    return new Scores(each.size(), recall / n, mrr / n, ndcg / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
