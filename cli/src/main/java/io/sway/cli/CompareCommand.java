package io.sway.cli;

import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.report.Comparison;
import io.sway.loader.report.DayScore;
import io.sway.loader.report.PersonCard;
import io.sway.loader.report.PersonCards;
import io.sway.loader.report.ScoreCard;
import io.sway.loader.report.ScoreCards;
import io.sway.loader.report.ScoreHistory;
import io.sway.loader.report.TopicScore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway compare}: accounts (or persons) side by side, now and over a period. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare accounts (or persons) side by side: score, rank among all accounts, "
        + "the three parts, the change over the last --days days, and the topics they share.")
final class CompareCommand implements Callable<Integer> {
  static final int DAYS_DEFAULT = 90;
  /** Topics shown per account in the table. */
  static final int TOPICS_SHOWN = 5;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Parameters(paramLabel = "NAME", arity = "1..*",
      description = "Handles to compare (every network's account with that handle), or person "
          + "ids with --persons.")
  List<String> names;

  @Option(names = "--days", defaultValue = "" + DAYS_DEFAULT,
      description = "The period the change is measured over, in days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--network", paramLabel = "NAME",
      description = "Only accounts of this network (default: all networks).")
  String network;

  @Option(names = "--persons",
      description = "The names are person ids: compare persons, their accounts combined.")
  boolean persons;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    if (days < 1) {
      throw new UserException("--days must be at least 1, was " + days);
    }
    if (format == OutputFormat.csv) {
      throw new UserException("compare prints a table or json; csv is for lookup");
    }
    if (persons && network != null) {
      throw new UserException("--network selects accounts; a person's accounts span networks");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      if (persons) {
        comparePersons(out, database);
      } else {
        compareAccounts(out, database);
      }
    }
    out.flush();
    return SwayCommand.EXIT_OK;
  }

  private void compareAccounts(PrintWriter out, SwayDatabase database) {
    ScoreCards.Lookup lookup = new ScoreCards(database).byHandle(names, network);
    if (!lookup.notFound().isEmpty()) {
      throw new UserException("no account with handle " + quoted(lookup.notFound())
          + (network == null ? "" : " on " + network));
    }
    List<ScoreCard> unscored = lookup.cards().stream().filter(c -> !c.scored()).toList();
    if (!unscored.isEmpty()) {
      throw new UserException("not scored yet: " + quoted(unscored.stream().map(ScoreCard::handle)
          .toList()) + "; run 'sway score' first");
    }
    Comparison.Result result = new Comparison(database).of(lookup.cards(), days);
    if (format == OutputFormat.json) {
      out.println(OutputFormat.toJson(json(result)));
    } else {
      printAccounts(out, result);
    }
  }

  private void comparePersons(PrintWriter out, SwayDatabase database) {
    PersonCards.Lookup lookup = new PersonCards(database).byId(names);
    if (!lookup.notFound().isEmpty()) {
      throw new UserException("no person with id " + quoted(lookup.notFound()));
    }
    List<PersonCard> persons = lookup.found();
    List<String> common =
        Comparison.commonTopics(persons.stream().map(PersonCard::topics).toList());
    Map<String, Comparison.Change> changes = personChanges(database, persons);
    if (format == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("days", days);
      json.put("persons", persons.stream().map(p -> personJson(p, changes.get(p.id()))).toList());
      json.put("commonTopics", common);
      out.println(OutputFormat.toJson(json));
    } else {
      printPersons(out, persons, changes, common);
    }
  }

  /** Each person's change over the period, from its {@code (:PersonDailyScore)} history. */
  private Map<String, Comparison.Change> personChanges(
      SwayDatabase database, List<PersonCard> persons) {
    LocalDate to = persons.stream().flatMap(p -> p.accounts().stream()).map(ScoreCard::day)
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    Map<String, List<DayScore>> history = to == null ? Map.of() : new ScoreHistory(database)
        .personsBetween(persons.stream().map(PersonCard::id).toList(), to.minusDays(days), to);
    Map<String, Comparison.Change> changes = new HashMap<>();
    for (PersonCard p : persons) {
      changes.put(p.id(),
          Comparison.Change.of(history.getOrDefault(p.id(), List.of()), to, p.score()));
    }
    return changes;
  }

  private static void printAccounts(PrintWriter out, Comparison.Result result) {
    out.printf("Compared over the %d days to %s (%d accounts scored)%n", result.days(), result.to(),
        result.scoredAccounts());
    List<String[]> rows = new ArrayList<>();
    List<Comparison.Entry> entries = result.entries();
    rows.add(row("", entries, e -> e.card().handle()));
    rows.add(row("network", entries, e -> e.card().network()));
    rows.add(row("score", entries, e -> String.valueOf(e.card().score())));
    rows.add(row("rank", entries, e -> e.card().rank() + " of " + result.scoredAccounts()));
    rows.add(row("change", entries, CompareCommand::change));
    rows.add(row("True Reach", entries,
        e -> String.format("%.1f (%.1f pts)", e.card().reach(), e.card().reachPoints())));
    rows.add(row("Amplification", entries, e -> String.format("%.3f (%.1f pts)",
        e.card().amplification(), e.card().amplificationPoints())));
    rows.add(row("Network Influence", entries,
        e -> String.format("%.2f (%.1f pts)", e.card().influence(), e.card().influencePoints())));
    rows.add(row("spam probability", entries,
        e -> String.format("%.2f", e.card().spamProbability())));
    rows.add(row("flags", entries, e -> LookupCommand.flags(e.card())));
    rows.add(row("topics", entries, e -> topicList(e.card().topics())));
    printRows(out, rows);
    out.println("Topics in common: "
        + (result.commonTopics().isEmpty() ? "none" : String.join(", ", result.commonTopics())));
  }

  private static String change(Comparison.Entry e) {
    return describe(new Comparison.Change(e.since(), e.scoreThen(), e.change()));
  }

  private static String describe(Comparison.Change c) {
    if (c.change() == null) {
      return c.since() == null ? "no history" : "no history before " + c.since();
    }
    return String.format("%+d since %s (%d)", c.change(), c.since(), c.scoreThen());
  }

  private static void printPersons(PrintWriter out, List<PersonCard> persons,
      Map<String, Comparison.Change> changes, List<String> common) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("", persons, p -> "person " + p.id()));
    rows.add(row("score", persons, p -> p.score() == null ? "not scored" : String.valueOf(p.score())));
    rows.add(row("rank", persons,
        p -> p.rank() == null ? "" : p.rank() + " of " + p.scoredPersons() + " persons"));
    int most = persons.stream().mapToInt(p -> p.accounts().size()).max().orElse(0);
    for (int i = 0; i < most; i++) {
      int index = i;
      rows.add(row(i == 0 ? "accounts" : "", persons, p -> index >= p.accounts().size() ? ""
          : account(p.accounts().get(index))));
    }
    rows.add(row("change", persons, p -> describe(changes.get(p.id()))));
    rows.add(row("topics", persons, p -> topicList(p.topics())));
    printRows(out, rows);
    out.println("Topics in common: " + (common.isEmpty() ? "none" : String.join(", ", common)));
  }

  private static String account(ScoreCard c) {
    return c.handle() + " (" + c.network() + ") " + (c.scored() ? c.score() : "not scored");
  }

  private static <T> String[] row(String label, List<T> items, Function<T, String> cell) {
    String[] row = new String[items.size() + 1];
    row[0] = label;
    for (int i = 0; i < items.size(); i++) {
      row[i + 1] = cell.apply(items.get(i));
    }
    return row;
  }

  private static void printRows(PrintWriter out, List<String[]> rows) {
    boolean[] right = new boolean[rows.getFirst().length];
    TextTable.print(out, rows, right);
  }

  private static String topicList(List<TopicScore> topics) {
    if (topics.isEmpty()) {
      return "-";
    }
    return topics.stream().limit(TOPICS_SHOWN).map(t -> String.format("%s %.0f", t.name(), t.score()))
        .collect(Collectors.joining(", "));
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }

  static Map<String, Object> json(Comparison.Result result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("days", result.days());
    json.put("to", result.to() == null ? null : result.to().toString());
    json.put("scoredAccounts", result.scoredAccounts());
    List<Map<String, Object>> accounts = new ArrayList<>();
    for (Comparison.Entry e : result.entries()) {
      Map<String, Object> account = LookupCommand.cardJson(e.card());
      account.put("since", e.since() == null ? null : e.since().toString());
      account.put("scoreThen", e.scoreThen());
      account.put("change", e.change());
      account.put("history", e.history().stream().map(d -> {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("day", d.day().toString());
        day.put("score", d.score());
        return day;
      }).toList());
      accounts.add(account);
    }
    json.put("accounts", accounts);
    json.put("commonTopics", result.commonTopics());
    return json;
  }

  private static Map<String, Object> personJson(PersonCard p, Comparison.Change change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", p.id());
    json.put("score", p.score());
    json.put("since", change.since() == null ? null : change.since().toString());
    json.put("scoreThen", change.scoreThen());
    json.put("change", change.change());
    json.put("rank", p.rank());
    json.put("scoredPersons", p.scoredPersons());
    json.put("accounts", p.accounts().stream().map(LookupCommand::cardJson).toList());
    json.put("topics", LookupCommand.topicsJson(p.topics()));
    return json;
  }
}
