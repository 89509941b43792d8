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

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Rank by influence on this topic; only accounts with evidence on it "
          + "(default: overall score).")
  String topic;

  @Option(
      names = "--rising",
      paramLabel = "DAYS",
      description = "Rank by how much the score rose over the last DAYS days of history.")
  Integer risingDays;

  @Override
  public Integer call() {
    if (count < 1) {
      throw new UserException("-n must be at least 1, was " + count);
    }
    if (topic != null && risingDays != null) {
      throw new UserException("--topic and --rising rank differently; give one of them");
    }
    if (risingDays != null && risingDays < 1) {
      throw new UserException("--rising must be at least 1 day, was " + risingDays);
    }
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      Leaderboard leaderboard = new Leaderboard(database);
      PrintWriter out = spec.commandLine().getOut();
      if (topic != null) {
        printTopic(out, leaderboard.topOnTopic(count, topic, network));
      } else if (risingDays != null) {
        printRising(out, leaderboard.rising(count, risingDays, network), risingDays);
      } else {
        List<Leaderboard.Entry> top = leaderboard.top(count, network);
        if (top.isEmpty()) {
          throw new UserException("no scores yet: run 'sway score' first");
        }
        print(out, top);
      }
    }
    return SwayCommand.EXIT_OK;
  }

  private static void printTopic(PrintWriter out, List<Leaderboard.TopicEntry> top) {
    if (top.isEmpty()) {
      out.println("no account has evidence of influence on that topic");
      return;
    }
    String format = "%4s  %-30s  %-10s  %11s  %5s  %13s%n";
    out.printf(format, "#", "handle", "network", "topic score", "score", "engaged posts");
    int position = 1;
    for (Leaderboard.TopicEntry e : top) {
      out.printf(format, position++, e.handle(), e.network(), String.format("%.1f", e.topicScore()),
          e.score(), e.engagedPosts());
    }
  }

  private static void printRising(PrintWriter out, List<Leaderboard.Move> moves, int days) {
    if (moves.isEmpty()) {
      out.println("no score history " + days + " days back yet: score more days first");
      return;
    }
    out.printf("Rising over the %d days to %s%n", days, moves.getFirst().today());
    String format = "%4s  %-30s  %-10s  %6s  %5s  %6s%n";
    out.printf(format, "#", "handle", "network", "before", "now", "change");
    int position = 1;
    for (Leaderboard.Move m : moves) {
      out.printf(format, position++, m.handle(), m.network(), m.before(), m.now(),
          String.format("%+d", m.change()));
    }
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
