package io.sway.loader.evaluation;

import java.util.Arrays;

/**
 * Fractional ("average") ranks: the smallest value gets rank 1, and values that tie share the
 * mean of the ranks they span, so {@code [10, 20, 20, 30]} ranks {@code [1, 2.5, 2.5, 4]}. The
 * ranking Spearman's correlation and the Mann–Whitney form of ROC AUC are defined on.
 *
 * <p>Cost: one sort of a copy and two binary searches per value, {@code O(n log n)}, on primitive
 * arrays.
 */
final class Ranks {
  private Ranks() {}

  /**
   * The average ranks of {@code values} (1-based).
   *
   * @throws IllegalArgumentException if a value is NaN
   */
  static double[] average(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException("value " + i + " is NaN; ranks need ordered values");
      }
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] ranks = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int below = lowerBound(sorted, values[i]);
      int upTo = upperBound(sorted, values[i]);
      // positions below+1 .. upTo share the value: their mean rank
      ranks[i] = (below + 1 + upTo) / 2.0;
    }
    return ranks;
  }

  /** The number of values strictly less than {@code key}. */
  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of values less than or equal to {@code key}. */
  private static int upperBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
