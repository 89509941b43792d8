package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures a scorer against the labels of a generated network, as the product brief asks ("How
 * we know the score is good"): spam detection, points gained by buying followers and by joining a
 * pod, predictive validity, and stability. Each figure is computed by its own class from the
 * {@link DayScores} the scorer gives; this class picks the days, and times the phases.
 *
 * <p>Day T must leave the whole horizon after it inside the data ({@code T + horizon <= last day
 * with activity}), and T − 1 must be a day with data; by default T is the last day minus the
 * horizon.
 */
public final class Evaluation {
  private static final double NANOS_PER_SECOND = 1e9;

  private final ActivityLog log;
  private final GroundTruth truth;
  private final DailyScorer scorer;
  private final EvaluationConfig config;

  /**
   * @param log what happened, read from the database: the metrics' own data (quiet accounts,
   *     follower counts, the next days' engagers, the follow graph)
   * @param truth the labels, aligned with the log's accounts
   * @param scorer the model under evaluation, numbering accounts as the log does
   * @param config how to measure
   */
  public Evaluation(
      ActivityLog log, GroundTruth truth, DailyScorer scorer, EvaluationConfig config) {
    this.log = Objects.requireNonNull(log, "log");
    this.truth = Objects.requireNonNull(truth, "truth");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.config = Objects.requireNonNull(config, "config");
    if (truth.accountCount() != log.accountCount()) {
      throw new IllegalArgumentException("the labels describe " + truth.accountCount()
          + " accounts, the log holds " + log.accountCount());
    }
    if (!scorer.accountIds().equals(log.accountIds())) {
      throw new IllegalArgumentException(
          "the scorer must number the accounts as the log does (by id)");
    }
  }

  /** The default day T: the last day with activity minus {@code horizonDays}. */
  public static LocalDate defaultAsOf(ActivityLog log, int horizonDays) {
    requireActivity(log);
    return LocalDate.ofEpochDay(log.lastActivityDay()).minusDays(horizonDays);
  }

  /**
   * Evaluates on day {@code asOf}, or on {@link #defaultAsOf} when it is {@code null}.
   *
   * @throws IllegalArgumentException when the data does not reach from T − 1 to T + horizon
   */
  public EvaluationReport run(LocalDate asOf) {
    requireActivity(log);
    LocalDate t = asOf != null ? asOf : defaultAsOf(log, config.horizonDays());
    LocalDate first = LocalDate.ofEpochDay(log.firstActivityDay());
    LocalDate last = LocalDate.ofEpochDay(log.lastActivityDay());
    LocalDate latest = last.minusDays(config.horizonDays());
    if (t.isAfter(latest)) {
      throw new IllegalArgumentException("as-of day must leave the " + config.horizonDays()
          + "-day horizon inside the data: at most " + latest + " (activity ends " + last
          + "), was " + t);
    }
    if (t.minusDays(1).isBefore(first)) {
      throw new IllegalArgumentException("as-of day must be at least " + first.plusDays(1)
          + " (activity starts " + first + ", and T - 1 is scored too), was " + t);
    }

    Map<String, Double> seconds = new LinkedHashMap<>();
    RecordingScorer scorer = new RecordingScorer(this.scorer);

    DayScores onT = timed(seconds, "scoreT", () -> scorer.scoresOn(t));
    SpamDetection.Result spam =
        timed(seconds, "spamDetection", () -> SpamDetection.evaluate(onT, truth));
    int[] followers = LogSnapshots.followerCounts(log, t);
    BoughtFollowerGain.Result bought = timed(seconds, "boughtFollowers",
        () -> BoughtFollowerGain.evaluate(onT, truth, log.accountIds(), followers));
    PodGain.Result pods = timed(seconds, "pods",
        () -> PodGain.evaluate(t, config.windowDays(), log, truth, scorer));
    PredictiveValidity.Result predictive = timed(seconds, "predictiveValidity",
        () -> PredictiveValidity.evaluate(
            onT, log, truth, config.horizonDays(), followers, config.followPageRank()));
    Stability.QuietDayResult quiet = timed(seconds, "quietDay",
        () -> Stability.quietDay(scorer, log, truth, t, config.windowDays()));
    Stability.PauseResult pause = timed(seconds, "pauseDrop",
        () -> Stability.pauseDrop(scorer, truth, log.firstActivityDay(), log.lastActivityDay(),
            config.maxPauseDays()));

    int spamAccounts = truth.spamCount();
    EvaluationReport.Data data = new EvaluationReport.Data(
        log.accountCount(), spamAccounts, log.accountCount() - spamAccounts,
        log.engagementCount(), log.postCount(), log.followCount(), first.toString(),
        last.toString());
    return new EvaluationReport(
        t.toString(),
        scorer.description(),
        config.windowDays(),
        config.horizonDays(),
        data,
        spam,
        bought,
        pods,
        predictive,
        quiet,
        pause,
        scorer.daysAsked(),
        seconds);
  }

  private static void requireActivity(ActivityLog log) {
    if (log.lastActivityDay() == ActivityLog.NO_DAY) {
      throw new IllegalArgumentException(
          "the database holds no posts or interactions: nothing to evaluate");
    }
  }

  private static <T> T timed(Map<String, Double> seconds, String phase, Supplier<T> work) {
    long started = System.nanoTime();
    T result = work.get();
    seconds.put(phase, (System.nanoTime() - started) / NANOS_PER_SECOND);
    return result;
  }

  /** Counts the distinct days asked of a scorer and of its counterfactuals. */
  private static final class RecordingScorer implements DailyScorer {
    private final DailyScorer scorer;
    private final Set<LocalDate> days = new HashSet<>();
    private final List<RecordingScorer> counterfactuals = new ArrayList<>();

    RecordingScorer(DailyScorer scorer) {
      this.scorer = scorer;
    }

    @Override
    public List<String> accountIds() {
      return scorer.accountIds();
    }

    @Override
    public DayScores scoresOn(LocalDate day) {
      days.add(day);
      return scorer.scoresOn(day);
    }

    @Override
    public String description() {
      return scorer.description();
    }

    @Override
    public DailyScorer withoutEngagements(EngagementFilter removed) {
      RecordingScorer counterfactual = new RecordingScorer(scorer.withoutEngagements(removed));
      counterfactuals.add(counterfactual);
      return counterfactual;
    }

    int daysAsked() {
      return days.size() + counterfactuals.stream().mapToInt(RecordingScorer::daysAsked).sum();
    }
  }
}
