package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link NetworkInfluence} and how it was obtained.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param influence per account, the Network Influence in effective engaged accounts, {@code >= 0}
 * @param edgeShare per edge of the {@link EngagementGraph} (by out-edge id), the share of the
 *     engager's passed-on attention that goes along it; at convergence {@code influence(v) = Σ_u
 *     damping × (1 + influence(u)) × edgeShare(u -> v)}
 * @param damping the damping the iteration ran with
 * @param iterations the power iterations run
 * @param converged whether the last iteration changed no influence by the tolerance or more
 * @param lastDelta the largest change of the last iteration, in effective engaged accounts
 */
public record InfluenceResult(
    double[] influence,
    double[] edgeShare,
    double damping,
    int iterations,
    boolean converged,
    double lastDelta) {

  public InfluenceResult {
    Objects.requireNonNull(influence, "influence");
    Objects.requireNonNull(edgeShare, "edgeShare");
  }

  /** The influence of account {@code a}. */
  public double influence(int a) {
    return influence[a];
  }

  @Override
  public String toString() {
    return "InfluenceResult[accounts=" + influence.length + ", iterations=" + iterations
        + ", converged=" + converged + ", lastDelta=" + lastDelta + "]";
  }
}
