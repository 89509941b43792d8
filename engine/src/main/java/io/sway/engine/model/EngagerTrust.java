package io.sway.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * How much each account's engagement counts when it engages with others, from the spam stage:
 * {@code weight(a) = 0} for an excluded account (spam-flagged or inactive), else {@code 1 -
 * spamProbability(a)}. Every stage multiplies what an engager contributes by this weight, so an
 * excluded account adds nothing to anyone's reach, amplification or influence, and a suspect one
 * adds less. Without spam probabilities the weights are 0 or 1.
 *
 * <p>The weights concern accounts as engagers only: excluded accounts are still scored.
 *
 * <p>Ownership: the arrays are handed over, not copied, and must not be changed afterwards.
 */
public final class EngagerTrust {
  private final boolean[] excluded;
  private final double[] spamProbability;
  private final double[] weights;

  private EngagerTrust(boolean[] excluded, double[] spamProbability) {
    this.excluded = excluded;
    this.spamProbability = spamProbability;
    this.weights = new double[excluded.length];
    for (int a = 0; a < excluded.length; a++) {
      weights[a] = excluded[a] ? 0.0 : 1.0 - spamProbability[a];
    }
  }

  /** Nobody excluded, every engager at full weight. */
  public static EngagerTrust everyone(int accountCount) {
    if (accountCount < 0) {
      throw new IllegalArgumentException("accountCount must be >= 0, was " + accountCount);
    }
    return new EngagerTrust(new boolean[accountCount], new double[accountCount]);
  }

  /** The given accounts excluded, every other engager at full weight. */
  public static EngagerTrust excluding(boolean[] excluded) {
    Objects.requireNonNull(excluded, "excluded");
    return new EngagerTrust(excluded, new double[excluded.length]);
  }

  /**
   * The given accounts excluded, every other engager weighted by {@code 1 - spamProbability}.
   *
   * @throws IllegalArgumentException if the arrays differ in length or a probability is outside
   *     {@code [0, 1]} (the message names the account index and the value)
   */
  public static EngagerTrust of(boolean[] excluded, double[] spamProbability) {
    Objects.requireNonNull(excluded, "excluded");
    Objects.requireNonNull(spamProbability, "spamProbability");
    if (excluded.length != spamProbability.length) {
      throw new IllegalArgumentException(
          "spamProbability must have " + excluded.length + " entries, had "
              + spamProbability.length);
    }
    for (int a = 0; a < spamProbability.length; a++) {
      double p = spamProbability[a];
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException(
            "spamProbability[" + a + "] must be in [0, 1], was " + p);
      }
    }
    return new EngagerTrust(excluded, spamProbability);
  }

  public int accountCount() {
    return excluded.length;
  }

  /** Whether account {@code a} is excluded (spam-flagged or inactive). */
  public boolean excluded(int a) {
    return excluded[a];
  }

  /** The spam probability of account {@code a}; 0 when none was given. */
  public double spamProbability(int a) {
    return spamProbability[a];
  }

  /** The weight of account {@code a}'s engagement, in {@code [0, 1]}. */
  public double weight(int a) {
    return weights[a];
  }

  /** The weights by account, shared: read-only. */
  double[] weights() {
    return weights;
  }

  /** The number of excluded accounts. */
  public int excludedCount() {
    int count = 0;
    for (boolean x : excluded) {
      count += x ? 1 : 0;
    }
    return count;
  }

  @Override
  public String toString() {
    return "EngagerTrust[accounts=" + excluded.length + ", excluded=" + excludedCount()
        + ", weightSum=" + Arrays.stream(weights).sum() + "]";
  }
}
