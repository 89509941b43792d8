package io.sway.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of {@link EngagementCircles}: a factor in {@code [1 - discount, 1]} per edge of the
 * {@link EngagementGraph} (by out-edge id) by which every stage multiplies what flows along it.
 *
 * <p>Ownership: the array is handed over, not copied; nobody may change it.
 *
 * @param edgeFactor the factor of each edge; 1 for edges that are not reciprocated
 * @param mutualPairs the number of pairs of accounts that engaged with each other
 * @param discountedPairs the number of those pairs whose edges got a factor below 1
 * @param discount the configured largest discount the factors were computed with
 */
public record CircleDiscounts(
    double[] edgeFactor, int mutualPairs, int discountedPairs, double discount) {

  public CircleDiscounts {
    Objects.requireNonNull(edgeFactor, "edgeFactor");
  }

  /** No discount on any of {@code edgeCount} edges. */
  public static CircleDiscounts none(int edgeCount) {
    double[] ones = new double[edgeCount];
    Arrays.fill(ones, 1.0);
    return new CircleDiscounts(ones, 0, 0, 0.0);
  }

  /** The factor of edge {@code edge}. */
  public double factor(int edge) {
    return edgeFactor[edge];
  }

  @Override
  public String toString() {
    return "CircleDiscounts[edges=" + edgeFactor.length + ", mutualPairs=" + mutualPairs
        + ", discountedPairs=" + discountedPairs + ", discount=" + discount + "]";
  }
}
