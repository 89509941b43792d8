/**
 * Measuring the score against ground truth: {@code sway evaluate}. Entry point: {@link
 * io.sway.loader.evaluation.Evaluation}; the model under test: {@link
 * io.sway.loader.evaluation.DailyScorer} (today, {@link
 * io.sway.loader.evaluation.EngagementRankScorer}); the labels: {@link
 * io.sway.loader.evaluation.GroundTruth}, read from a generated network's {@code truth.csv}.
 *
 * <h2>Data flow</h2>
 *
 * <p>The graph's whole activity is read out of Neo4j once, by streaming queries over Bolt, into
 * an {@link io.sway.loader.evaluation.ActivityLog} of primitive arrays sorted by day. Every day a
 * metric needs is then cut from the log in memory ({@code LogSnapshots}) and scored by the same
 * engine path as {@code sway score} ({@link io.sway.loader.scoring.ScoringJob#compute}), once per
 * day, cached. Counterfactuals (a pod member's organic estimate) are the same scorer over a log
 * with some engagement removed ({@link io.sway.loader.evaluation.DailyScorer#withoutEngagements}).
 * The metrics see only {@link io.sway.loader.evaluation.DayScores}, so a new model plugs in by
 * implementing {@link io.sway.loader.evaluation.DailyScorer} and the metrics stay as they are.
 *
 * <h2>Figures</h2>
 *
 * <ul>
 *   <li>{@link io.sway.loader.evaluation.SpamDetection}: ROC AUC ({@code RocAuc}, Mann–Whitney
 *       with average ranks for ties) and precision/recall of the flagged set ({@code
 *       FlaggedSetQuality}); "not available" when the scorer has no spam model.
 *   <li>{@link io.sway.loader.evaluation.BoughtFollowerGain}: score(buyer) − score(twin).
 *   <li>{@link io.sway.loader.evaluation.PodGain}: score − organic estimate of pod members.
 *   <li>{@link io.sway.loader.evaluation.PredictiveValidity}: Spearman ρ ({@code
 *       SpearmanCorrelation}, average ranks) of the score with the next week's distinct genuine
 *       engagers, beside follower count and follow-graph PageRank.
 *   <li>{@link io.sway.loader.evaluation.Stability}: daily change of accounts with no activity
 *       ({@code QuietAccounts}), and the drop over a pause.
 * </ul>
 */
package io.sway.loader.evaluation;
