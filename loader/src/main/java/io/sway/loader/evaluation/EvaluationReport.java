package io.sway.loader.evaluation;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure of one evaluation, with the number of accounts (or pairs, members, pauses) it is
 * over. A figure that cannot be computed is {@code null}, with a note saying why. Written as JSON
 * by {@link #writeJson} and as a table by {@link #table()}.
 *
 * @param asOf day T
 * @param scorer the model evaluated, from {@link DailyScorer#description()}
 * @param windowDays the scorer's window
 * @param horizonDays the predictive-validity horizon
 * @param data what the database holds
 * @param spamDetection ROC AUC and precision/recall of the flagged set
 * @param boughtFollowers points gained by buyers over their twins
 * @param pods points gained by pod members over their organic estimate
 * @param predictiveValidity Spearman ρ with the next days' distinct genuine engagers
 * @param quietDay daily change of accounts with no activity on T
 * @param pauseDrop drop over a pause
 * @param daysScored distinct days the scorer computed, counterfactual ones included
 * @param seconds elapsed seconds by phase
 */
public record EvaluationReport(
    String asOf,
    String scorer,
    int windowDays,
    int horizonDays,
    Data data,
    SpamDetection.Result spamDetection,
    BoughtFollowerGain.Result boughtFollowers,
    PodGain.Result pods,
    PredictiveValidity.Result predictiveValidity,
    Stability.QuietDayResult quietDay,
    Stability.PauseResult pauseDrop,
    int daysScored,
    Map<String, Double> seconds) {

  /** What the evaluated database holds. */
  public record Data(
      int accounts,
      int spamAccounts,
      int genuineAccounts,
      long engagements,
      long posts,
      long follows,
      String firstActivityDay,
      String lastActivityDay) {}

  public EvaluationReport {
    seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }

  /** This report with one more timed phase in front of the others (e.g. reading the data). */
  public EvaluationReport withPhaseFirst(String phase, double elapsedSeconds) {
    Map<String, Double> all = new LinkedHashMap<>();
    all.put(phase, elapsedSeconds);
    all.putAll(seconds);
    return new EvaluationReport(asOf, scorer, windowDays, horizonDays, data, spamDetection,
        boughtFollowers, pods, predictiveValidity, quietDay, pauseDrop, daysScored, all);
  }

  /** The table {@code sway evaluate} prints. */
  public String table() {
    return EvaluationTable.render(this);
  }

  /** Writes this report to {@code file} as indented JSON; figures not available are null. */
  public void writeJson(Path file) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String json = new ObjectMapper().writer(printer).writeValueAsString(this) + "\n";
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }
}
