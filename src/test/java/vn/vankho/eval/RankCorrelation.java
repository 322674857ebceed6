package vn.vankho.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank. */
final class RankCorrelation {
  private RankCorrelation() {}

  static double spearman(double[] a, double[] b) {
    if (a.length != b.length || a.length < 2) throw new IllegalArgumentException("need two series of equal length >= 2");
    return pearson(ranks(a), ranks(b));
  }

  static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) end++;
      double mean = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) ranks[order[k]] = mean;
      start = end + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
