package io.sway.loader.evaluation;

import io.sway.loader.neo4j.EngagementSnapshot;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ScoringOptions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's scorer, as {@code sway score} runs it: the window's engagement graph (cut from the
 * {@link ActivityLog} in memory instead of read from Neo4j), ranked and calibrated by {@link
 * ScoringJob#compute}. It gives scores only: no spam probability and no flags.
 *
 * <p>Each day is computed once and cached (4 bytes per account per day); not thread-safe.
 */
public final class EngagementRankScorer implements DailyScorer {
  private final ActivityLog log;
  private final ScoringOptions options;
  private final Map<LocalDate, DayScores> byDay = new HashMap<>();

  /** Scores {@code log} as {@code options} say ({@code options.asOf()} is ignored). */
  public EngagementRankScorer(ActivityLog log, ScoringOptions options) {
    this.log = log;
    this.options = options;
  }

  @Override
  public List<String> accountIds() {
    return log.accountIds();
  }

  @Override
  public DayScores scoresOn(LocalDate day) {
    DayScores cached = byDay.get(day);
    if (cached == null) {
      EngagementSnapshot snapshot =
          LogSnapshots.engagement(log, day, options.windowDays(), options.weights());
      ScoringJob.Computed computed = ScoringJob.compute(snapshot, options);
      cached = DayScores.scoresOnly(day, computed.scores().scores());
      byDay.put(day, cached);
    }
    return cached;
  }

  @Override
  public DailyScorer withoutEngagements(EngagementFilter removed) {
    return new EngagementRankScorer(log.withoutEngagements(removed), options);
  }

  /** The number of distinct days computed so far. */
  public int daysComputed() {
    return byDay.size();
  }

  @Override
  public String description() {
    return "engagement PageRank over a " + options.windowDays() + "-day window (damping "
        + options.pageRank().damping() + ", at most " + options.pageRank().maxIterations()
        + " iterations), calibrated with k = " + options.calibration().steepness()
        + "; no spam model";
  }
}
