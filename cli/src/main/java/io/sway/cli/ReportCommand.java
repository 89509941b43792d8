package io.sway.cli;

import io.sway.cli.report.ReportPage;
import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.report.ReportData;
import io.sway.loader.report.ReportReader;
import io.sway.loader.report.ScoreCard;
import io.sway.loader.report.ScoreCards;
import io.sway.loader.report.ScoreRunInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway report}: a self-contained HTML report with charts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report (opens offline): score history of the "
        + "chosen accounts, their parts, where they stand among all scores, the top influencers "
        + "(on a topic), each account's top engagers, and the run the scores come from.")
final class ReportCommand implements Callable<Integer> {
  static final int DAYS_DEFAULT = 30;
  static final int COUNT_DEFAULT = 10;
  /** Accounts shown when none are chosen: the top of the latest run. */
  static final int DEFAULT_ACCOUNTS = 5;
  /** More lines than this on one chart cannot be told apart. */
  static final int MAX_ACCOUNTS = 10;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Option(names = "--accounts", paramLabel = "HANDLE", split = ",",
      description = "The accounts to report on, comma-separated (every network's account with "
          + "each handle; default: the top " + DEFAULT_ACCOUNTS + " of the latest run).")
  List<String> accounts = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "Show the top influencers on this topic (default: the top overall).")
  String topic;

  @Option(names = "--days", defaultValue = "" + DAYS_DEFAULT,
      description = "Days of score history to draw (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = {"-n", "--count"}, defaultValue = "" + COUNT_DEFAULT,
      description = "How many top influencers and top engagers to show (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The HTML file to write, e.g. report.html.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (days < 1) {
      throw new UserException("--days must be at least 1, was " + days);
    }
    if (count < 1) {
      throw new UserException("-n must be at least 1, was " + count);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserException("folder not found for --out: " + parent);
    }
    ReportData data;
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      ReportReader reader = new ReportReader(database);
      ScoreRunInfo run = reader.latestRun()
          .orElseThrow(() -> new UserException("no scores yet: run 'sway score' first"));
      data = reader.read(run, chosen(database, run.id()), topic, days, count);
    }
    Files.writeString(out, ReportPage.render(data, Instant.now()), StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("Wrote %s: %d accounts, %d days of history to %s, run %s%n",
        out, data.accounts().size(), days, data.to(), data.run().id());
    return SwayCommand.EXIT_OK;
  }

  private List<ScoreCard> chosen(SwayDatabase database, String runId) {
    ScoreCards cards = new ScoreCards(database, runId);
    if (accounts.isEmpty()) {
      List<String> top = new Leaderboard(database, runId).top(DEFAULT_ACCOUNTS).stream()
          .map(Leaderboard.Entry::id).toList();
      return cards.byId(top);
    }
    ScoreCards.Lookup lookup = cards.byHandle(accounts, null);
    if (!lookup.notFound().isEmpty()) {
      throw new UserException("no account with handle " + lookup.notFound().stream()
          .map(h -> "'" + h + "'").collect(Collectors.joining(", ")));
    }
    List<ScoreCard> chosen = lookup.cards();
    if (chosen.size() > MAX_ACCOUNTS) {
      throw new UserException("a report shows at most " + MAX_ACCOUNTS + " accounts; "
          + chosen.size() + " match --accounts");
    }
    return chosen;
  }
}
