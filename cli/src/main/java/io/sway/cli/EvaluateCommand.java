package io.sway.cli;

import io.sway.loader.evaluation.ActivityLog;
import io.sway.loader.evaluation.ActivityLogReader;
import io.sway.loader.evaluation.DailyScorer;
import io.sway.loader.evaluation.EngagementRankScorer;
import io.sway.loader.evaluation.Evaluation;
import io.sway.loader.evaluation.EvaluationConfig;
import io.sway.loader.evaluation.EvaluationReport;
import io.sway.loader.evaluation.GroundTruth;
import io.sway.loader.evaluation.ModelScorer;
import io.sway.loader.neo4j.ActivityExtractor;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.scoring.ScoringMemory;
import io.sway.loader.scoring.ScoringOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway evaluate}: measure the current scorer against a generated network's labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the score against the ground truth of a generated network (sway generate): spam "
          + "detection, points gained by buying followers and by joining an engagement pod, "
          + "predictive validity (Spearman rho with the next days' distinct genuine engagers, "
          + "beside follower count and follow-graph PageRank), and stability.",
      "The database must hold the whole generated dataset (sway load), so that activity after "
          + "day T exists. Figures the scorer cannot support are reported as not available.",
      "Prints a table; --json writes every figure with the number of accounts it is over."
    })
final class EvaluateCommand implements Callable<Integer> {
  private static final double NANOS_PER_SECOND = 1e9;
  private static final String MODEL = "model";
  private static final String BASELINE = "baseline";

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Option(names = "--truth", required = true, paramLabel = "FILE",
      description = "The truth.csv written by sway generate next to the dataset.")
  Path truth;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Day T, YYYY-MM-DD (default: the last day with activity minus the horizon, "
          + EvaluationConfig.HORIZON_DAYS_DEFAULT + " days).")
  LocalDate asOf;

  @Option(names = "--window-days", paramLabel = "N",
      defaultValue = "" + ScoringOptions.WINDOW_DAYS_DEFAULT,
      description = "Length of the scoring window in days (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--max-pause-days", paramLabel = "N",
      defaultValue = "" + EvaluationConfig.MAX_PAUSE_DAYS_DEFAULT,
      description = "The most distinct days the pause drop may score; pauses are then chosen "
          + "evenly over time (default: ${DEFAULT-VALUE}).")
  int maxPauseDays;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--scorer", paramLabel = "NAME", defaultValue = "model",
      description = "The scorer measured: model (the influence model, as sway score runs it) or "
          + "baseline (engagement PageRank, no spam model) (default: ${DEFAULT-VALUE}).")
  String scorerName;

  @Option(names = "--warmup-days", paramLabel = "N",
      defaultValue = "" + ModelScorer.WARMUP_DAYS_DEFAULT,
      description = "Days of daily runs the model's smoothing starts before each day scored "
          + "(default: ${DEFAULT-VALUE}).")
  int warmupDays;

  @Option(
      names = "--skip-memory-check",
      description = "Evaluate even when the estimated memory exceeds what the heap has left.")
  boolean skipMemoryCheck;

  @Mixin ModelOptions modelOptions;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(truth)) {
      throw new UserException("truth file not found: " + truth);
    }
    Path jsonFolder = json == null ? null : json.toAbsolutePath().getParent();
    if (jsonFolder != null && !Files.isDirectory(jsonFolder)) {
      throw new UserException("folder for --json does not exist: " + jsonFolder);
    }
    if (!scorerName.equals(MODEL) && !scorerName.equals(BASELINE)) {
      throw new UserException("--scorer must be " + MODEL + " or " + BASELINE + ", was "
          + scorerName);
    }
    if (windowDays < 1) {
      throw new UserException("--window-days must be at least 1, was " + windowDays);
    }
    if (warmupDays < 0) {
      throw new UserException("--warmup-days must be at least 0, was " + warmupDays);
    }
    ModelOptions.Settings settings = modelOptions.settings();
    EvaluationConfig config =
        EvaluationConfig.defaults().withWindowDays(windowDays).withMaxPauseDays(maxPauseDays);
    PrintWriter out = spec.commandLine().getOut();

    long started = System.nanoTime();
    ActivityLogReader.Read read;
    ActivityExtractor.Extracted everything = null;
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      // what one scoring run needs: a lower bound for the evaluation, which also keeps the log
      ScoringMemory.require(ScoringMemory.GraphSize.of(database),
          skipMemoryCheck ? ScoringMemory.Heap.UNCHECKED : ScoringMemory.Heap.RUNTIME);
      read = new ActivityLogReader(database).read();
      ActivityLog log = read.log();
      if (scorerName.equals(MODEL) && log.lastActivityDay() != ActivityLog.NO_DAY) {
        everything = new ActivityExtractor(database).extract(
            LocalDate.ofEpochDay(log.firstActivityDay()).atStartOfDay(ZoneOffset.UTC).toInstant(),
            LocalDate.ofEpochDay(log.lastActivityDay() + 1).atStartOfDay(ZoneOffset.UTC)
                .toInstant().minusSeconds(1));
      }
    }
    double readSeconds = (System.nanoTime() - started) / NANOS_PER_SECOND;
    ActivityLog log = read.log();
    out.printf("Read %,d accounts, %,d interactions, %,d posts and %,d follows in %.1f s%n",
        log.accountCount(), log.engagementCount(), log.postCount(), log.followCount(),
        readSeconds);
    if (read.untimedEngagements() + read.untimedPosts() > 0) {
      out.printf("Skipped %,d interactions and %,d posts without a timestamp%n",
          read.untimedEngagements(), read.untimedPosts());
    }
    out.flush();

    long truthStarted = System.nanoTime();
    GroundTruth labels = GroundTruth.read(truth, log.accountIds());
    double truthSeconds = (System.nanoTime() - truthStarted) / NANOS_PER_SECOND;
    long evaluateStarted = System.nanoTime();
    DailyScorer scorer = everything == null
        ? new EngagementRankScorer(log, ScoringOptions.defaults().withWindowDays(windowDays))
        : new ModelScorer(everything.activity(), everything.accountIds(), settings.model(),
            settings.smoothing(), windowDays, warmupDays);
    EvaluationReport report =
        new Evaluation(log, labels, scorer, config)
            .run(asOf)
            .withPhaseFirst("readTruth", truthSeconds)
            .withPhaseFirst("readActivity", readSeconds);
    double evaluateSeconds = (System.nanoTime() - evaluateStarted) / NANOS_PER_SECOND;
    out.println();
    out.print(report.table());
    out.printf("%nElapsed: %.1f s (reading the database %.1f s, the labels %.1f s, "
            + "evaluating %.1f s)%n",
        (System.nanoTime() - started) / NANOS_PER_SECOND, readSeconds, truthSeconds,
        evaluateSeconds);
    if (json != null) {
      report.writeJson(json);
      out.println("Wrote " + json);
    }
    return SwayCommand.EXIT_OK;
  }
}
