package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DailyScorer} says about every account on one day; arrays are indexed like {@link
 * DailyScorer#accountIds()}. Arrays are handed over, not copied, and must not be modified.
 *
 * @param day the day scored
 * @param scores each account's 0–99 score
 * @param spamProbability each account's probability of being spam, or {@code null} when the model
 *     gives none
 * @param flaggedSpam the accounts the model flags as spam, fake or bought, or {@code null} when
 *     it flags none (an empty set means it flags nobody)
 */
public record DayScores(LocalDate day, int[] scores, double[] spamProbability, BitSet flaggedSpam) {
  public DayScores {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(scores, "scores");
    if (spamProbability != null && spamProbability.length != scores.length) {
      throw new IllegalArgumentException("expected " + scores.length
          + " spam probabilities, one per account, got " + spamProbability.length);
    }
    if (flaggedSpam != null && flaggedSpam.length() > scores.length) {
      throw new IllegalArgumentException("flagged account " + (flaggedSpam.length() - 1)
          + " is outside the " + scores.length + " accounts scored");
    }
  }

  /** Scores only: no spam probability, no flags. */
  public static DayScores scoresOnly(LocalDate day, int[] scores) {
    return new DayScores(day, scores, null, null);
  }

  public int accountCount() {
    return scores.length;
  }

  public int score(int account) {
    return scores[account];
  }

  public Optional<double[]> spamProbabilities() {
    return Optional.ofNullable(spamProbability);
  }

  public Optional<BitSet> flagged() {
    return Optional.ofNullable(flaggedSpam);
  }
}
