package io.sway.loader.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.Activity;
import io.sway.engine.model.Contributors;
import io.sway.engine.model.EngagerTrust;
import io.sway.engine.model.InfluenceModel;
import io.sway.engine.model.InfluenceScore;
import io.sway.engine.model.ModelConfig;
import io.sway.engine.model.ModelResult;
import io.sway.engine.model.ModelConfigTree;
import io.sway.engine.model.ScoreResult;
import io.sway.engine.model.TopicResult;
import io.sway.engine.spam.SpamConfig;
import io.sway.engine.spam.SpamDetector;
import io.sway.engine.spam.SpamResult;
import io.sway.loader.neo4j.ActivityExtractor;
import io.sway.loader.neo4j.ModelResultWriter;
import io.sway.loader.neo4j.ScoreWriter;
import io.sway.loader.neo4j.SwayDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.neo4j.driver.Session;

/**
 * One daily run of the influence model: extract the window's activity, detect spam and inactive
 * accounts (spam-flagged accounts then count for nothing as engagers), run the model, turn each
 * account's audience into the day's 1–100 score, smooth it with the previously published score
 * (exponential, {@link ScoreSmoothing}) into the published score, and write scores, parts, history, explanations and topics back, with a
 * {@code (:ScoreRun)} record holding the config that produced them. Each phase is timed.
 */
public final class ModelScoringJob {
  /** Days of {@code (:DailyScore)} history kept; older entries are pruned after each run. */
  public static final int HISTORY_DAYS_DEFAULT = 400;

  private static final String PREVIOUS =
      """
      MATCH (run:ScoreRun {current: true})
      MATCH (d:DailyScore {run: run.id})
      RETURN d.accountId AS id, d.scoreValue AS score, run.asOf AS day
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SwayDatabase database;
  private final ModelConfig config;
  private final ScoreSmoothing smoothing;
  private final ScoringMemory.Heap heap;
  private final int threads;

  /** A job that checks, before each run, that the run fits in this JVM's heap. */
  public ModelScoringJob(SwayDatabase database, ModelConfig config, ScoreSmoothing smoothing) {
    this(database, config, smoothing, ScoringMemory.Heap.RUNTIME);
  }

  /**
   * A job that checks each run against {@code heap} ({@link ScoringMemory.Heap#UNCHECKED} to skip
   * the check).
   */
  public ModelScoringJob(
      SwayDatabase database, ModelConfig config, ScoreSmoothing smoothing, ScoringMemory.Heap heap) {
    this(database, config, smoothing, heap, 1);
  }

  /**
   * A job whose compute phase runs on {@code threads} threads. The result is the same as on one
   * thread up to the rounding of the network influence sums, and the same from run to run for a
   * given number of threads.
   */
  public ModelScoringJob(SwayDatabase database, ModelConfig config, ScoreSmoothing smoothing,
      ScoringMemory.Heap heap, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.database = database;
    this.config = config;
    this.smoothing = smoothing;
    this.heap = heap;
    this.threads = threads;
  }

  /** One day's model output: the spam stage's and the influence model's. */
  public record Computed(SpamResult spam, ModelResult result) {}

  /**
   * Runs the spam stage and then the model on one window's activity, as every run does; pure.
   *
   * @param accountIds the ids of {@code activity}'s accounts, to find the configured seeds
   * @throws IllegalArgumentException naming {@code spam.seeds} when a seed is not an account
   */
  public static Computed compute(Activity activity, List<String> accountIds, ModelConfig config) {
    return compute(activity, accountIds, config, Runnable::run, 1);
  }

  /**
   * {@link #compute(Activity, List, ModelConfig)} on {@code parallelism} threads: the calling one
   * and tasks on {@code executor} (not shut down here). Gives the same result as on one thread,
   * up to the rounding of the network influence sums.
   */
  public static Computed compute(Activity activity, List<String> accountIds, ModelConfig config,
      Executor executor, int parallelism) {
    SpamResult spam = new SpamDetector(activity, config.spam(),
        seedIndexes(config.spam(), accountIds), executor, parallelism).compute();
    ModelResult result = new InfluenceModel(config, executor, parallelism)
        .run(activity, EngagerTrust.of(spam.flagged(), spam.probability()));
    return new Computed(spam, result);
  }

  private Computed computeOnThreads(Activity activity, List<String> accountIds) {
    if (threads == 1) {
      return compute(activity, accountIds, config);
    }
    ExecutorService helpers = Executors.newFixedThreadPool(threads - 1, runnable -> {
      Thread thread = new Thread(runnable, "sway-model");
      thread.setDaemon(true);
      return thread;
    });
    try {
      return compute(activity, accountIds, config, helpers, threads);
    } finally {
      helpers.shutdownNow();
    }
  }

  private static int[] seedIndexes(SpamConfig spam, List<String> accountIds) {
    if (spam.seeds().isEmpty()) {
      return new int[0];
    }
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < accountIds.size(); a++) {
      index.put(accountIds.get(a), a);
    }
    int[] seeds = new int[spam.seeds().size()];
    for (int i = 0; i < seeds.length; i++) {
      Integer account = index.get(spam.seeds().get(i));
      if (account == null) {
        throw new IllegalArgumentException(
            "spam.seeds[" + i + "]: no account '" + spam.seeds().get(i) + "' in the database");
      }
      seeds[i] = account;
    }
    return seeds;
  }

  /** What a run did. */
  public record Report(
      String runId, LocalDate asOf, int accounts, int activeAccounts, int events,
      int spamFlagged, int inactive, int iterations, boolean converged,
      Map<String, Duration> phases) {}

  /**
   * Scores every account on {@code asOf}.
   *
   * @throws NotEnoughMemoryException before anything is read, when the run's estimated memory
   *     ({@link ScoringMemory}) exceeds what the heap has left
   */
  public Report run(LocalDate asOf, int windowDays) {
    Instant started = Instant.now();
    Map<String, Duration> phases = new LinkedHashMap<>();
    ScoringWindow window = ScoringWindow.asOf(asOf, windowDays);

    Instant phase = Instant.now();
    ScoringMemory.require(ScoringMemory.GraphSize.of(database), heap);
    phases.put("memory check", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    ActivityExtractor.Extracted extracted =
        new ActivityExtractor(database).extract(window.from(), window.to());
    Activity activity = extracted.activity();
    phases.put("extract", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    Computed computed = computeOnThreads(activity, extracted.accountIds());
    SpamResult spam = computed.spam();
    ModelResult result = computed.result();
    InfluenceScore curve = new InfluenceScore(config.score());
    double[] raw = new double[activity.accountCount()];
    for (int a = 0; a < raw.length; a++) {
      raw[a] = curve.score(result.scores().audience()[a], result.active()[a]);
    }
    double[] smoothed = smooth(extracted.accountIds(), raw, asOf);
    phases.put("compute", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    String runId = asOf + "-" + UUID.randomUUID().toString().substring(0, 8);
    List<Map<String, Object>> accounts = accountRows(extracted, result, spam, raw, smoothed);
    List<Map<String, Object>> persons = personRows(extracted, result);
    ScoreWriter.writeRun(database,
        new ScoreWriter.RunRecord(runId, asOf, window.from(), window.to(), started, paramsJson(),
            result.influence().iterations(), result.influence().converged()),
        extracted.accountIds().size());
    ModelResultWriter writer = new ModelResultWriter(database);
    writer.stage(runId, asOf, accounts, persons, activity.topics());
    phases.put("stage", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    writer.publish(runId, asOf, phaseSeconds(phases));
    phases.put("publish", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    boolean cleared = writer.cleanUp(
        runId, asOf.minusDays(HISTORY_DAYS_DEFAULT), ModelResultWriter.READER_WAIT_DEFAULT);
    phases.put("clean up", Duration.between(phase, Instant.now()));
    recordPhases(runId, phases, cleared);

    int active = 0;
    for (boolean a : result.active()) {
      active += a ? 1 : 0;
    }
    return new Report(runId, asOf, activity.accountCount(), active, activity.eventCount(),
        spam.flaggedCount(), spam.inactiveCount(), result.influence().iterations(), result.influence().converged(), phases);
  }

  /**
   * Stores each phase's seconds on the run record: {@code extractSeconds}, {@code
   * cleanUpSeconds}, and so on, and {@code retiredCleared}: false when a query outlived the clean
   * up's wait and what the run retired was left for the next run.
   */
  private void recordPhases(String runId, Map<String, Duration> phases, boolean cleared) {
    try (Session session = database.session()) {
      session.run("MATCH (r:ScoreRun {id: $id}) SET r += $seconds, r.retiredCleared = $cleared",
          Map.of("id", runId, "seconds", phaseSeconds(phases), "cleared", cleared)).consume();
    }
  }

  private static Map<String, Object> phaseSeconds(Map<String, Duration> phases) {
    Map<String, Object> seconds = new HashMap<>();
    phases.forEach((name, time) -> seconds.put(propertyName(name) + "Seconds", time.toNanos() / 1e9));
    return seconds;
  }

  /** "clean up" becomes "cleanUp". */
  private static String propertyName(String phase) {
    String[] words = phase.split(" ");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  private double[] smooth(List<String> ids, double[] raw, LocalDate asOf) {
    Map<String, PreviousDay> previous = new HashMap<>();
    try (Session session = database.session()) {
      session.run(PREVIOUS).forEachRemaining(r -> previous.put(r.get("id").asString(),
          new PreviousDay(r.get("score").asDouble(), r.get("day").asLocalDate())));
    }
    double[] smoothed = new double[raw.length];
    for (int a = 0; a < raw.length; a++) {
      PreviousDay before = previous.get(ids.get(a));
      long days = before == null ? -1 : ChronoUnit.DAYS.between(before.day(), asOf);
      smoothed[a] = days < 0
          ? smoothing.smooth(Double.NaN, raw[a], 0)
          : smoothing.smooth(before.score(), raw[a], (int) days);
    }
    return smoothed;
  }

  /** An account's published score as the previous run left it. */
  private record PreviousDay(double score, LocalDate day) {}

  private static List<Map<String, Object>> accountRows(ActivityExtractor.Extracted extracted,
      ModelResult result, SpamResult spam, double[] raw, double[] smoothed) {
    int n = extracted.accountIds().size();
    ScoreResult scores = result.scores();
    double[] published = new double[n];
    for (int a = 0; a < n; a++) {
      published[a] = InfluenceScore.published(smoothed[a], result.active()[a]);
    }
    int[] rank = ranks(extracted.accountIds(), published);
    List<String> topicNames = extracted.activity().topics();
    TopicResult topics = result.topics();
    Contributors contributors = result.contributors();
    List<Map<String, Object>> rows = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      Map<String, Object> row = HashMap.newHashMap(24);
      row.put("accountId", extracted.accountIds().get(a));
      row.put("score", InfluenceScore.points(published[a]));
      row.put("scoreValue", published[a]);
      row.put("rawScore", raw[a]);
      row.put("audience", scores.audience()[a]);
      row.put("reach", result.reach(a));
      row.put("amplification", result.amplification(a));
      row.put("influence", result.influence(a));
      row.put("reachPoints", scores.reachPoints()[a]);
      row.put("amplificationPoints", scores.amplificationPoints()[a]);
      row.put("influencePoints", scores.influencePoints()[a]);
      row.put("active", result.active()[a]);
      row.put("rank", rank[a]);
      row.put("spamProbability", spam.probability()[a]);
      row.put("spam", spam.flagged()[a]);
      row.put("inactive", spam.inactive()[a]);
      row.put("spamReason", spam.reason()[a]);
      List<String> names = new ArrayList<>();
      List<Double> topicScores = new ArrayList<>();
      List<Integer> engagedPosts = new ArrayList<>();
      for (int k = topics.offsets()[a]; k < topics.offsets()[a + 1]; k++) {
        names.add(topicNames.get(topics.topic()[k]));
        topicScores.add(topics.score()[k]);
        engagedPosts.add(topics.engagedPosts()[k]);
      }
      row.put("topics", names);
      row.put("topicScores", topicScores);
      row.put("topicEngagedPosts", engagedPosts);
      List<String> engagers = new ArrayList<>();
      List<Double> engagerWeights = new ArrayList<>();
      for (int k = contributors.engagerOffsets()[a]; k < contributors.engagerOffsets()[a + 1]; k++) {
        engagers.add(extracted.accountIds().get(contributors.engagers()[k]));
        engagerWeights.add(contributors.engagerWeights()[k]);
      }
      row.put("engagers", engagers);
      row.put("engagerWeights", engagerWeights);
      List<String> posts = new ArrayList<>();
      List<Double> postEngagement = new ArrayList<>();
      for (int k = contributors.postOffsets()[a]; k < contributors.postOffsets()[a + 1]; k++) {
        posts.add(extracted.postIds().get(contributors.posts()[k]));
        postEngagement.add(contributors.postWeights()[k]);
      }
      row.put("posts", posts);
      row.put("postEngagement", postEngagement);
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> personRows(
      ActivityExtractor.Extracted extracted, ModelResult result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int p = 0; p < extracted.personIds().size(); p++) {
      double score = result.persons().score(p);
      rows.add(Map.of("personId", extracted.personIds().get(p), "score", InfluenceScore.points(score),
          "scoreValue", score, "audience", result.persons().audience()[p]));
    }
    return rows;
  }
  /** 1-based ranks by score, ties broken by id. */
  private static int[] ranks(List<String> ids, double[] score) {
    Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order,
        Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparing(ids::get));
    int[] rank = new int[score.length];
    for (int position = 0; position < order.length; position++) {
      rank[order[position]] = position + 1;
    }
    return rank;
  }

  private String paramsJson() {
    Map<String, Object> tree = new LinkedHashMap<>(ModelConfigTree.toTree(config));
    tree.put("history", Map.of("alpha", smoothing.alpha(), "days", HISTORY_DAYS_DEFAULT));
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot describe the run's config", e);
    }
  }
}
