package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A model under evaluation: what it says about every account on a given day. The metrics of an
 * {@link Evaluation} see nothing else, so a new model plugs in by implementing this interface,
 * without touching them.
 *
 * <p>A scorer answers for the end of a day from what happened up to that day only; it may be
 * asked about the same day several times and about days in any order, so implementations cache.
 * Accounts are numbered as in the {@link ActivityLog} the evaluation reads (by id).
 */
public interface DailyScorer {
  /** The accounts scored, in the order of every {@link DayScores}' arrays. */
  List<String> accountIds();

  /** Every account's results as of the end of {@code day} (UTC). */
  DayScores scoresOn(LocalDate day);

  /** One line naming the model and its settings, for reports. */
  String description();

  /**
   * The same model over the same data without the engagements {@code removed} selects: a
   * counterfactual, such as a pod member's score without its pod. Each model applies the filter
   * to whatever data it reads.
   */
  DailyScorer withoutEngagements(EngagementFilter removed);
}
