package io.sway.loader.evaluation;

import io.sway.engine.rank.PageRankConfig;
import io.sway.loader.scoring.ScoringOptions;
import java.util.Objects;

/**
 * How an {@link Evaluation} measures.
 *
 * @param windowDays the scorer's window, in days: which accounts count as having a score the day
 *     before a quiet day, and how far back pod engagement is counted
 * @param horizonDays predictive validity counts engagement in {@code (T, T + horizonDays]}
 * @param maxPauseDays the most distinct days the pause drop may score; when the pauses need more,
 *     the most pauses whose days fit are chosen, evenly spread over time
 * @param followPageRank the plain PageRank baseline on the follow graph
 */
public record EvaluationConfig(
    int windowDays, int horizonDays, int maxPauseDays, PageRankConfig followPageRank) {
  /** A week, as in "the distinct non-spam engagement received over the next 7 days". */
  public static final int HORIZON_DAYS_DEFAULT = 7;

  /**
   * 120 days: every pause of a default 120-day generated network fits, and at about half a second
   * per day scored on 100,000 accounts the pause drop stays near a minute.
   */
  public static final int MAX_PAUSE_DAYS_DEFAULT = 120;

  public EvaluationConfig {
    requireAtLeast("windowDays", windowDays, 1);
    requireAtLeast("horizonDays", horizonDays, 1);
    requireAtLeast("maxPauseDays", maxPauseDays, 2);
    Objects.requireNonNull(followPageRank, "followPageRank");
  }

  /**
   * The defaults: the scorer's default window, a 7-day horizon, at most 120 pause days, and
   * PageRank with damping 0.85 run to the same iteration limit as a scoring run.
   */
  public static EvaluationConfig defaults() {
    return new EvaluationConfig(
        ScoringOptions.WINDOW_DAYS_DEFAULT,
        HORIZON_DAYS_DEFAULT,
        MAX_PAUSE_DAYS_DEFAULT,
        PageRankConfig.defaults()
            .withMaxIterations(ScoringOptions.PAGE_RANK_MAX_ITERATIONS_DEFAULT));
  }

  public EvaluationConfig withWindowDays(int days) {
    return new EvaluationConfig(days, horizonDays, maxPauseDays, followPageRank);
  }

  public EvaluationConfig withMaxPauseDays(int days) {
    return new EvaluationConfig(windowDays, horizonDays, days, followPageRank);
  }

  private static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
    }
  }
}
