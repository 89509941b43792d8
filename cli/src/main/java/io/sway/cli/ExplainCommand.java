package io.sway.cli;

import io.sway.loader.neo4j.Explanation;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway explain HANDLE}: the breakdown of a score and who contributed most. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain an account's score: its three parts and their points, the engagers "
        + "and posts that contributed most, and its topics.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Parameters(paramLabel = "HANDLE", description = "The account's handle, e.g. @amber_lee42.")
  String handle;

  @Option(names = "--network", paramLabel = "NAME",
      description = "The handle's network, when it exists on several (default: all).")
  String network;

  @Override
  public Integer call() {
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      List<Explanation.Account> accounts = new Explanation(database).of(handle, network);
      if (accounts.isEmpty()) {
        throw new UserException("no account with handle '" + handle + "'"
            + (network == null ? "" : " on " + network));
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Explanation.Account account : accounts) {
        print(out, account);
      }
    }
    return SwayCommand.EXIT_OK;
  }

  static void print(PrintWriter out, Explanation.Account a) {
    out.printf("%s on %s (%s)%n", a.handle(), a.network(), a.id());
    if (a.score() == null) {
      out.println("  not scored yet: run 'sway score'");
      return;
    }
    out.printf("  score %d, rank %d, as of %s%n", a.score(), a.rank(), a.day());
    out.printf("  spam probability %.2f%s%s: %s%n", a.spamProbability(),
        a.spam() ? ", flagged as spam (counts for nothing as an engager)" : "",
        a.inactive() ? ", inactive" : "", a.spamReason());
    out.printf("  %-15s %12s %8s%n", "part", "value", "points");
    out.printf("  %-15s %12.2f %8.1f%n", "True Reach", a.reach(), a.reachPoints());
    out.printf("  %-15s %12.3f %8.1f%n", "Amplification", a.amplification(), a.amplificationPoints());
    out.printf("  %-15s %12.2f %8.1f%n", "Network Infl.", a.influence(), a.influencePoints());
    out.println("  top engagers:");
    for (Map<String, Object> e : a.engagers()) {
      out.printf("    %-30s %8.3f%n", e.get("handle"), ((Number) e.get("weight")).doubleValue());
    }
    out.println("  top posts:");
    for (Map<String, Object> p : a.posts()) {
      out.printf("    %-14s %8.2f  %s%n", p.get("id"), ((Number) p.get("engagement")).doubleValue(),
          p.get("topics") == null ? "" : p.get("topics"));
    }
    out.println("  topics:");
    for (Map<String, Object> t : a.topics()) {
      out.printf("    %-20s %6.1f  (%s engaged posts)%n", t.get("name"),
          ((Number) t.get("score")).doubleValue(), t.get("engagedPosts"));
    }
  }
}
