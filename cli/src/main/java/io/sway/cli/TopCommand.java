package io.sway.cli;

import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway top}: the highest-scoring accounts of the latest run. */
@Command(
    name = "top",
    mixinStandardHelpOptions = true,
    description = "Print the top influencers of the latest scoring run.")
final class TopCommand implements Callable<Integer> {
  static final int COUNT_DEFAULT = 20;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Option(
      names = {"-n", "--count"},
      defaultValue = "" + COUNT_DEFAULT,
      description = "How many accounts to show (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      description = "Only accounts of this network, e.g. twitter (default: all networks).")
  String network;

  @Override
  public Integer call() {
    if (count < 1) {
      throw new UserException("-n must be at least 1, was " + count);
    }
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      List<Leaderboard.Entry> top = new Leaderboard(database).top(count, network);
      if (top.isEmpty()) {
        throw new UserException("no scores yet: run 'sway score' first");
      }
      print(spec.commandLine().getOut(), top);
    }
    return SwayCommand.EXIT_OK;
  }

  static void print(PrintWriter out, List<Leaderboard.Entry> top) {
    int handleWidth =
        Math.max("handle".length(), top.stream().mapToInt(e -> e.handle().length()).max().orElse(0));
    String format = "%4s  %-" + handleWidth + "s  %-10s  %5s  %8s  %13s  %9s%n";
    out.printf(format, "rank", "handle", "network", "score", "reach", "amplification", "influence");
    for (Leaderboard.Entry e : top) {
      out.printf(format, e.rank(), e.handle(), e.network(), e.score(),
          String.format("%.1f", e.reach()), String.format("%.3f", e.amplification()),
          String.format("%.2f", e.influence()));
    }
  }
}
