package io.sway.cli;

import io.sway.loader.synthetic.GenerationReport;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway generate}: a synthetic network with labelled adversaries, Sway's ground truth. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic social network in Sway's dataset format, identical for the same seed, "
          + "with spam farms, bought followers (each buyer with an identical twin), engagement "
          + "pods, sockpuppets, inactive and paused accounts.",
      "Their labels go to truth.csv (never read by the scorer); truth.md explains its columns."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--accounts", required = true, paramLabel = "N",
      description = "Number of accounts (at least " + GeneratorConfig.MIN_ACCOUNTS + ").")
  int accounts;

  @Option(names = "--seed", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--days", defaultValue = "" + GeneratorConfig.DAYS_DEFAULT,
      description = "Days of activity (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--end-date", paramLabel = "DATE",
      description = "Last day of activity, YYYY-MM-DD (default: 2026-06-30, fixed so that the "
          + "output never depends on today).")
  LocalDate endDate;

  @Option(names = "--bought-followers", paramLabel = "N",
      description = "Followers bought by each buyer (default: scaled to --accounts).")
  Integer boughtFollowers;

  @Option(names = "--follows-per-account", paramLabel = "X",
      defaultValue = "" + GeneratorConfig.FOLLOWS_PER_ACCOUNT_DEFAULT,
      description = "Mean follows per account (default: ${DEFAULT-VALUE}).")
  double followsPerAccount;

  @Option(names = "--interactions-per-account", paramLabel = "X",
      defaultValue = "" + GeneratorConfig.INTERACTIONS_PER_ACCOUNT_DEFAULT,
      description = "Mean organic interactions per genuine account (default: ${DEFAULT-VALUE}).")
  double interactionsPerAccount;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write (created if missing).")
  Path out;

  @Override
  public Integer call() throws IOException {
    GeneratorConfig.Builder config =
        GeneratorConfig.builder(accounts, seed)
            .days(days)
            .followsPerAccount(followsPerAccount)
            .interactionsPerAccount(interactionsPerAccount);
    if (endDate != null) {
      config.endDate(endDate);
    }
    if (boughtFollowers != null) {
      config.boughtFollowersPerClient(boughtFollowers);
    }
    GenerationReport report = SyntheticNetwork.write(config.build(), out);
    spec.commandLine().getOut().println(report.summary());
    return SwayCommand.EXIT_OK;
  }
}
