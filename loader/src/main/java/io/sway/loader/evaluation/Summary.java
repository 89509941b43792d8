package io.sway.loader.evaluation;

import java.util.Arrays;

/**
 * Mean, median and extremes of a set of values, and how many there were. Empty sets have no
 * statistics ({@code null}), never a made-up zero. The median of an even count is the mean of the
 * two middle values.
 */
public record Summary(int count, Double mean, Double median, Double min, Double max) {
  static Summary of(double[] values) {
    if (values.length == 0) {
      return new Summary(0, null, null, null, null);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return new Summary(n, sum / n, median, sorted[0], sorted[n - 1]);
  }
}
