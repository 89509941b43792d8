package io.sway.loader.evaluation;

import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityWindow;
import io.sway.engine.model.InfluenceScore;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringWindow;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The influence model as {@code sway score} runs it, day after day: each day's window is cut from
 * one read of the whole data ({@link ActivityWindow}), spam is detected and the model run ({@link
 * ModelScoringJob#compute}), and each account's daily score is smoothed with the days before it
 * ({@link ScoreSmoothing}) into the published score ({@link InfluenceScore#published}).
 *
 * <p>Smoothing makes a day depend on every day before it. The score of day D is what daily runs
 * started {@code warmupDays} days earlier give on day D: the chain starts from the raw value of
 * day D − warmupDays, whose weight is {@code (1 − α)^warmupDays} by day D (0.9% for 45 days at
 * α = 0.1), so the figures are those of a long-running daily job to within that share.
 *
 * <p>Each day's raw result is computed once and cached (about 17 bytes per account per day); not
 * thread-safe.
 */
public final class ModelScorer implements DailyScorer {
  /** Days of daily runs before the day scored: the start then weighs under 1% at α = 0.1. */
  public static final int WARMUP_DAYS_DEFAULT = 45;

  private static final long SECONDS_PER_DAY = 86_400;

  private final Activity all;
  private final List<String> accountIds;
  private final ModelConfig config;
  private final ScoreSmoothing smoothing;
  private final int windowDays;
  private final int warmupDays;
  private final ActivityWindow.EventFilter removed;
  private final InfluenceScore curve;
  private final Map<LocalDate, RawDay> rawByDay = new HashMap<>();
  private final Map<LocalDate, DayScores> byDay = new HashMap<>();

  /**
   * @param all every post and event in the data, and all accounts and follows, numbered by id
   *     (as {@link io.sway.loader.neo4j.ActivityExtractor} reads them over the whole span)
   * @param accountIds the ids of {@code all}'s accounts
   */
  public ModelScorer(Activity all, List<String> accountIds, ModelConfig config,
      ScoreSmoothing smoothing, int windowDays, int warmupDays) {
    this(all, accountIds, config, smoothing, windowDays, warmupDays,
        ActivityWindow.EventFilter.NONE);
  }

  private ModelScorer(Activity all, List<String> accountIds, ModelConfig config,
      ScoreSmoothing smoothing, int windowDays, int warmupDays,
      ActivityWindow.EventFilter removed) {
    this.all = Objects.requireNonNull(all, "all");
    this.accountIds = List.copyOf(accountIds);
    this.config = Objects.requireNonNull(config, "config");
    this.smoothing = Objects.requireNonNull(smoothing, "smoothing");
    if (accountIds.size() != all.accountCount()) {
      throw new IllegalArgumentException("expected " + all.accountCount() + " account ids, got "
          + accountIds.size());
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be >= 1 day, was " + windowDays);
    }
    if (warmupDays < 0) {
      throw new IllegalArgumentException("warm-up must be >= 0 days, was " + warmupDays);
    }
    this.windowDays = windowDays;
    this.warmupDays = warmupDays;
    this.removed = removed;
    this.curve = new InfluenceScore(config.score());
  }

  @Override
  public List<String> accountIds() {
    return accountIds;
  }

  @Override
  public DayScores scoresOn(LocalDate day) {
    DayScores cached = byDay.get(day);
    if (cached == null) {
      double[] smoothed = raw(day.minusDays(warmupDays)).score().clone();
      for (int back = warmupDays - 1; back >= 0; back--) {
        double[] score = raw(day.minusDays(back)).score();
        for (int a = 0; a < smoothed.length; a++) {
          smoothed[a] = smoothing.smooth(smoothed[a], score[a], 1);
        }
      }
      RawDay today = raw(day);
      int[] points = new int[smoothed.length];
      for (int a = 0; a < points.length; a++) {
        points[a] = InfluenceScore.points(InfluenceScore.published(smoothed[a], today.active()[a]));
      }
      cached = new DayScores(day, points, today.spamProbability(), today.flagged());
      byDay.put(day, cached);
    }
    return cached;
  }

  @Override
  public DailyScorer withoutEngagements(EngagementFilter filter) {
    ActivityWindow.EventFilter events = (source, e) -> filter.removes(
        source.eventActor()[e], source.eventTarget()[e],
        Math.toIntExact(Math.floorDiv(source.eventAt()[e], SECONDS_PER_DAY)));
    return new ModelScorer(all, accountIds, config, smoothing, windowDays, warmupDays, events);
  }

  @Override
  public String description() {
    return "influence model over a " + windowDays + "-day window, smoothed with alpha "
        + smoothing.alpha() + " over " + warmupDays + " days of daily runs; spam flagged from p "
        + config.spam().threshold();
  }

  private RawDay raw(LocalDate day) {
    RawDay cached = rawByDay.get(day);
    if (cached == null) {
      ScoringWindow window = ScoringWindow.asOf(day, windowDays);
      Activity activity = ActivityWindow.cut(
          all, window.from().getEpochSecond(), window.to().getEpochSecond(), removed);
      ModelScoringJob.Computed computed = ModelScoringJob.compute(activity, accountIds, config);
      boolean[] flags = computed.spam().flagged();
      BitSet flagged = new BitSet(flags.length);
      for (int a = 0; a < flags.length; a++) {
        flagged.set(a, flags[a]);
      }
      double[] audience = computed.result().scores().audience();
      boolean[] active = computed.result().active();
      double[] score = new double[audience.length];
      for (int a = 0; a < score.length; a++) {
        score[a] = curve.score(audience[a], active[a]);
      }
      cached = new RawDay(score, active, computed.spam().probability(), flagged);
      rawByDay.put(day, cached);
    }
    return cached;
  }

  /** One day's unsmoothed model output. */
  private record RawDay(
      double[] score, boolean[] active, double[] spamProbability, BitSet flagged) {}
}
