package io.sway.loader.evaluation;

/**
 * Spearman's rank correlation coefficient ρ (C. Spearman, "The proof and measurement of
 * association between two things", American Journal of Psychology 15, 1904): Pearson's
 * correlation of the two variables' {@linkplain Ranks#average average ranks}. Ties share their
 * mean rank, so the coefficient stays exact with ties, where the shortcut {@code
 * 1 − 6Σd²/(n(n²−1))} would not be.
 *
 * <p>Cost: {@code O(n log n)}. Undefined (NaN) for fewer than two pairs or when either variable
 * is constant, since its ranks then have no variance.
 */
final class SpearmanCorrelation {
  private SpearmanCorrelation() {}

  /**
   * ρ of the pairs {@code (x[i], y[i])}, in [−1, 1], or NaN when undefined.
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold NaN
   */
  static double of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "need one y per x, got " + x.length + " x and " + y.length + " y");
    }
    if (x.length < 2) {
      return Double.NaN;
    }
    return pearson(Ranks.average(x), Ranks.average(y));
  }

  static double of(int[] x, double[] y) {
    return of(asDoubles(x), y);
  }

  private static double pearson(double[] a, double[] b) {
    int n = a.length;
    double meanA = 0;
    double meanB = 0;
    for (int i = 0; i < n; i++) {
      meanA += a[i];
      meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    double covariance = 0;
    double varianceA = 0;
    double varianceB = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - meanA;
      double db = b[i] - meanB;
      covariance += da * db;
      varianceA += da * da;
      varianceB += db * db;
    }
    if (varianceA == 0 || varianceB == 0) {
      return Double.NaN;
    }
    double rho = covariance / Math.sqrt(varianceA * varianceB);
    return Math.max(-1.0, Math.min(1.0, rho));
  }

  static double[] asDoubles(int[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i];
    }
    return doubles;
  }
}
