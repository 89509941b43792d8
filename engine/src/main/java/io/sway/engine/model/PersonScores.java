package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link InfluenceScore#persons}: one score per person, from its accounts across
 * networks.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param audience per person, the p-norm of its accounts' audiences
 * @param score per person, on the accounts' scale; 0 when none of its accounts was active
 * @param accounts per person, the number of its accounts
 */
public record PersonScores(double[] audience, double[] score, int[] accounts) {

  public PersonScores {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(accounts, "accounts");
  }

  /** The number of persons. */
  public int personCount() {
    return score.length;
  }

  /** The score of person {@code p}. */
  public double score(int p) {
    return score[p];
  }

  @Override
  public String toString() {
    return "PersonScores[persons=" + score.length + "]";
  }
}
