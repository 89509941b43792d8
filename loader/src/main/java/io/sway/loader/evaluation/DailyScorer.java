package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A model under evaluation: what it says about every account on a given day. The metrics of an
 * {@link Evaluation} see nothing else, so a new model plugs in by implementing this interface and
 * a {@link Factory}, without touching them.
 *
 * <p>A scorer answers for the end of a day from what happened up to that day only; it may be
 * asked about the same day several times and about days in any order, so implementations cache.
 */
public interface DailyScorer {
  /** The accounts scored, in the order of every {@link DayScores}' arrays. */
  List<String> accountIds();

  /** Every account's results as of the end of {@code day} (UTC). */
  DayScores scoresOn(LocalDate day);

  /** One line naming the model and its settings, for reports. */
  String description();

  /**
   * Builds a scorer over an activity log. The evaluation calls it on the log read from the
   * database and on counterfactual logs (e.g. without the engagement between pod members).
   */
  @FunctionalInterface
  interface Factory {
    DailyScorer over(ActivityLog log);
  }
}
