package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link InfluenceScore#accounts}: each account's audience, score and the share of
 * the score each part accounts for.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param audience per account, the combined audience {@code (reachWeight × reach + influenceWeight
 *     × influence) × (1 + amplificationBoost × amplification)}, in effective engaged accounts
 * @param score per account, in {@code {0} ∪ [1, 100)}: 0 exactly for an account with no activity
 * @param reachPoints per account, the points of the score due to True Reach
 * @param influencePoints per account, the points due to Network Influence
 * @param amplificationPoints per account, the points due to Amplification; the three sum to the
 *     score except where an active account's tiny score was lifted to 1
 */
public record ScoreResult(
    double[] audience,
    double[] score,
    double[] reachPoints,
    double[] influencePoints,
    double[] amplificationPoints) {

  public ScoreResult {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(reachPoints, "reachPoints");
    Objects.requireNonNull(influencePoints, "influencePoints");
    Objects.requireNonNull(amplificationPoints, "amplificationPoints");
  }

  /** The score of account {@code a}. */
  public double score(int a) {
    return score[a];
  }

  @Override
  public String toString() {
    return "ScoreResult[accounts=" + score.length + "]";
  }
}
