package io.sway.loader.scoring;

import io.sway.engine.rank.PageRankConfig;
import io.sway.engine.score.EngagementWeights;
import io.sway.engine.score.ScoreCalibration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a scoring run is done.
 *
 * @param asOf the last day of the window, or {@code null} for the day of the newest post or
 *     interaction in the database
 * @param windowDays how many days before {@code asOf} the window reaches back
 */
public record ScoringOptions(
    LocalDate asOf,
    int windowDays,
    EngagementWeights weights,
    PageRankConfig pageRank,
    ScoreCalibration calibration) {
  /** The sliding window's length, in days. */
  public static final int WINDOW_DAYS_DEFAULT = 90;

  /**
   * PageRank iterations a daily run may take. More than the textbook 20: scores are published,
   * so the run iterates to the tolerance, and the record says whether it got there.
   */
  public static final int PAGE_RANK_MAX_ITERATIONS_DEFAULT = 100;

  public ScoringOptions {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be >= 1 day, was " + windowDays);
    }
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(pageRank, "pageRank");
    Objects.requireNonNull(calibration, "calibration");
  }

  public static ScoringOptions defaults() {
    return new ScoringOptions(
        null,
        WINDOW_DAYS_DEFAULT,
        EngagementWeights.defaults(),
        PageRankConfig.defaults().withMaxIterations(PAGE_RANK_MAX_ITERATIONS_DEFAULT),
        ScoreCalibration.defaults());
  }

  public ScoringOptions withWindowDays(int days) {
    return new ScoringOptions(asOf, days, weights, pageRank, calibration);
  }
}
