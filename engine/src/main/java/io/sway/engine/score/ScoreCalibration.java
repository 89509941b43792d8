package io.sway.engine.score;

/**
 * Maps a raw influence value onto Sway's 1–100 scale with a fixed curve.
 *
 * <p>The raw value is relative: 1 means "as influential as the average account" (for PageRank,
 * {@code rank × n}). The score is {@code 100 × (1 − (1 + raw)^−k)}, floored, then held inside
 * [1, 99] for active accounts: 0 is kept for accounts with no activity at all, and nobody reaches
 * 100. The curve is monotone and logarithmic in nature, since {@code (1 + raw)^−k = e^(−k ln(1 +
 * raw))}: every tenfold gain in influence closes a fixed share of the remaining distance to 100.
 * With the default {@code k = 0.5}: an average account scores 29, ten times average 69, a
 * hundred times 90, a thousand times 96, ten thousand times 99.
 *
 * <p>The curve is fixed: it does not re-rank the population each day.
 */
public record ScoreCalibration(double steepness) {
  /** The default curve exponent {@code k}. */
  public static final double STEEPNESS_DEFAULT = 0.5;

  /** The highest score anyone can have. */
  public static final int MAX_SCORE = 99;

  /** The lowest score of an account with any activity. */
  public static final int MIN_ACTIVE_SCORE = 1;

  public ScoreCalibration {
    if (!(steepness > 0) || Double.isInfinite(steepness)) {
      throw new IllegalArgumentException("steepness must be finite and > 0, was " + steepness);
    }
  }

  public static ScoreCalibration defaults() {
    return new ScoreCalibration(STEEPNESS_DEFAULT);
  }

  /**
   * The score of an account.
   *
   * @param relativeInfluence influence relative to the average account (≥ 0)
   * @param active whether the account showed any activity in the window
   */
  public int score(double relativeInfluence, boolean active) {
    if (!active) {
      return 0;
    }
    if (!(relativeInfluence >= 0) || Double.isInfinite(relativeInfluence)) {
      throw new IllegalArgumentException(
          "relative influence must be finite and >= 0, was " + relativeInfluence);
    }
    double score = 100 * (1 - Math.pow(1 + relativeInfluence, -steepness));
    return (int) Math.max(MIN_ACTIVE_SCORE, Math.min(MAX_SCORE, Math.floor(score)));
  }
}
