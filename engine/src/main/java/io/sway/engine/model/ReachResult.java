package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link TrueReach}: per account and per post, the distinct engagers that count,
 * each once at the weight of its strongest engagement, its trust weight and its circle factor.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param reach True Reach of each account, in weighted engaged accounts
 * @param engagers the number of distinct counted engagers of each account, unweighted
 * @param postEngagement the same weighted count per post: the engagement the post received
 * @param postEngagers the number of distinct counted engagers of each post, unweighted
 */
public record ReachResult(
    double[] reach, int[] engagers, double[] postEngagement, int[] postEngagers) {

  public ReachResult {
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(engagers, "engagers");
    Objects.requireNonNull(postEngagement, "postEngagement");
    Objects.requireNonNull(postEngagers, "postEngagers");
  }

  /** True Reach of account {@code a}. */
  public double reach(int a) {
    return reach[a];
  }

  @Override
  public String toString() {
    return "ReachResult[accounts=" + reach.length + ", posts=" + postEngagement.length + "]";
  }
}
