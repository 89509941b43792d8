package io.sway.cli;

import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringMemory;
import io.sway.loader.scoring.ScoringOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway score}: recompute every account's score over the sliding window. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score every account over the window ending on --as-of and write the results "
        + "to Neo4j, with a (:ScoreRun) record.")
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Last day of the window, YYYY-MM-DD (default: the day of the newest post "
          + "or interaction in the database).")
  LocalDate asOf;

  @Option(
      names = "--window-days",
      defaultValue = "" + ScoringOptions.WINDOW_DAYS_DEFAULT,
      description = "Length of the sliding window in days (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(
      names = "--skip-memory-check",
      description = "Score even when the estimated memory exceeds what the heap has left "
          + "(the estimate counts the whole graph, not only the window).")
  boolean skipMemoryCheck;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the model's compute phase (default: the machine's cores). "
          + "Scores agree across thread counts up to the last bits of the influence sums.")
  Integer threads;

  @Mixin ModelOptions modelOptions;

  @Override
  public Integer call() {
    if (windowDays < 1) {
      throw new UserException("--window-days must be at least 1, was " + windowDays);
    }
    int computeThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (computeThreads < 1) {
      throw new UserException("--threads must be at least 1, was " + computeThreads);
    }
    ModelOptions.Settings settings = modelOptions.settings();
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      LocalDate day = asOf != null ? asOf : ScoringJob.newestActivityDay(database);
      ModelScoringJob.Report report =
          new ModelScoringJob(database, settings.model(), settings.smoothing(),
              skipMemoryCheck ? ScoringMemory.Heap.UNCHECKED : ScoringMemory.Heap.RUNTIME,
              computeThreads).run(day, windowDays);
      print(spec.commandLine().getOut(), report);
    }
    return SwayCommand.EXIT_OK;
  }

  static void print(PrintWriter out, ModelScoringJob.Report report) {
    out.printf(
        "Scored %,d accounts (%,d active, %,d engagement events) as of %s: run %s%n",
        report.accounts(), report.activeAccounts(), report.events(), report.asOf(), report.runId());
    out.printf("Spam: %,d accounts flagged, %,d inactive%n", report.spamFlagged(), report.inactive());
    out.printf(
        "Network influence: %d iterations, %s%n",
        report.iterations(), report.converged() ? "converged" : "not converged (max iterations)");
    StringBuilder phases = new StringBuilder("Phases:");
    for (Map.Entry<String, Duration> phase : report.phases().entrySet()) {
      phases.append(String.format(" %s %.2f s", phase.getKey(), phase.getValue().toNanos() / 1e9));
    }
    out.println(phases);
  }
}
