package io.sway.loader.evaluation;

import java.util.BitSet;

/**
 * Area under the ROC curve of a score that should be higher for positives, in its Mann–Whitney
 * form (D. J. Hand, R. J. Till, Machine Learning 45, 2001; J. A. Hanley, B. J. McNeil, Radiology
 * 143, 1982): the probability that a random positive scores above a random negative, a tie counting
 * one half. With {@code P} positives, {@code N} negatives and {@code R} the sum of the
 * positives' {@linkplain Ranks#average average ranks} among all scores:
 *
 * <pre>
 *   AUC = (R − P(P + 1)/2) / (P·N)
 * </pre>
 *
 * <p>Average ranks give ties exactly their half credit. Cost: {@code O(n log n)}. Undefined (NaN)
 * without at least one positive and one negative.
 */
final class RocAuc {
  private RocAuc() {}

  /**
   * The AUC of {@code scores} for the labels {@code positives} (bit {@code i} set: item {@code i}
   * is positive), or NaN when one class is empty.
   *
   * @throws IllegalArgumentException if a positive lies outside the scores, or a score is NaN
   */
  static double of(double[] scores, BitSet positives) {
    if (positives.length() > scores.length) {
      throw new IllegalArgumentException("positive " + (positives.length() - 1)
          + " is outside the " + scores.length + " scores");
    }
    long p = positives.cardinality();
    long n = scores.length - p;
    if (p == 0 || n == 0) {
      return Double.NaN;
    }
    double[] ranks = Ranks.average(scores);
    double rankSum = 0;
    for (int i = positives.nextSetBit(0); i >= 0; i = positives.nextSetBit(i + 1)) {
      rankSum += ranks[i];
    }
    return (rankSum - p * (p + 1) / 2.0) / ((double) p * n);
  }
}
