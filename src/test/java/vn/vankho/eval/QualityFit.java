package vn.vankho.eval;

import java.util.Arrays;
import java.util.List;
import vn.vankho.text.PageQuality;

/**
 * Fits the weights of the page quality score (index-config/page-quality.txt) on readings whose CER was measured:
 * least squares of log10(CER + {@link PageQuality#CER_FLOOR}) on the signs ({@link PageQuality.Signs}), with a
 * little ridge so that a sign that barely varies on the pages does not get a wild weight, and no negative weight (a
 * sign that came out negative, mostly standing in for another it goes with, is dropped); then the intercept is
 * raised, if need be, until every page above {@link #BAD_PAGE_CER} is predicted above the review threshold, because
 * a bad page left unflagged costs more than a good one looked at.
 */
final class QualityFit {
  private static final double RIDGE = 1e-3;
  private static final double BAD_PAGE_CER = 0.05;

  private QualityFit() {}

  /** The weights, intercept first, in the order of {@link PageQuality#WEIGHT_NAMES}. */
  static double[] fit(List<PageQuality.Signs> signs, double[] cer) {
    int k = PageQuality.WEIGHT_NAMES.size();
    boolean[] used = new boolean[k];
    Arrays.fill(used, true);
    double[] weights;
    while (true) {
      weights = leastSquares(signs, cer, used);
      // a sign of a bad reading cannot make a page better: the most negative weight's sign is dropped, and again
      int worst = -1;
      for (int i = 1; i < k; i++) if (used[i] && weights[i] < 0 && (worst < 0 || weights[i] < weights[worst])) worst = i;
      if (worst < 0) break;
      used[worst] = false;
    }
    double threshold = Math.log10(PageQuality.REVIEW_ABOVE_CER + PageQuality.CER_FLOOR);
    double raise = 0;
    for (int n = 0; n < signs.size(); n++) {
      if (cer[n] <= BAD_PAGE_CER) continue;
      double[] x = row(signs.get(n));
      double log = 0;
      for (int i = 0; i < k; i++) log += weights[i] * x[i];
      raise = Math.max(raise, threshold - log + 1e-3);
    }
    weights[0] += raise;
    return weights;
  }

  /** Least squares over the signs {@code used} (the intercept always), with a little ridge; unused weights are 0. */
  private static double[] leastSquares(List<PageQuality.Signs> signs, double[] cer, boolean[] used) {
    int k = used.length;
    double[][] normal = new double[k][k + 1];
    for (int n = 0; n < signs.size(); n++) {
      double[] x = row(signs.get(n));
      double y = Math.log10(cer[n] + PageQuality.CER_FLOOR);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) normal[i][j] += used[i] && used[j] ? x[i] * x[j] : 0;
        normal[i][k] += used[i] ? x[i] * y : 0;
      }
    }
    for (int i = 1; i < k; i++) normal[i][i] += used[i] ? RIDGE * signs.size() : 1;
    return solve(normal);
  }

  private static double[] row(PageQuality.Signs signs) {
    double[] values = signs.values();
    double[] x = new double[values.length + 1];
    x[0] = 1;
    System.arraycopy(values, 0, x, 1, values.length);
    return x;
  }

  /** Gaussian elimination with partial pivoting on an augmented k x (k+1) matrix. */
  private static double[] solve(double[][] a) {
    int k = a.length;
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < k; r++) {
        if (r == col) continue;
        double f = a[r][col] / a[col][col];
        for (int c = col; c <= k; c++) a[r][c] -= f * a[col][c];
      }
    }
    double[] x = new double[k];
    for (int i = 0; i < k; i++) x[i] = a[i][k] / a[i][i];
    return x;
  }
}
