package io.sway.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.report.ScoreCard;
import io.sway.loader.report.ScoreCards;
import io.sway.loader.report.TopicScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway lookup}: the scores of a list of handles, on any network. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = "Print the scores of a list of handles (given here or in a file): score, rank, "
        + "the three parts, spam and inactive flags, top topics. Handles that match no account "
        + "are listed as not found.")
final class LookupCommand implements Callable<Integer> {
  /** Topics shown per account. */
  static final int TOP_TOPICS = 3;
  static final String NOT_FOUND = "not found";
  static final String NOT_SCORED = "not scored";
  private static final List<String> CSV_COLUMNS = List.of("query", "status", "handle", "network",
      "id", "score", "rank", "reach", "amplification", "influence", "reachPoints",
      "amplificationPoints", "influencePoints", "spamProbability", "spam", "inactive", "topics");

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Parameters(paramLabel = "HANDLE", arity = "0..*",
      description = "Handles to look up, e.g. @amber_lee42 (the @ may be left out).")
  List<String> handles = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE",
      description = "Also read handles from FILE: one per line, or a column of a CSV file "
          + "(a .csv file, or any file with --column).")
  Path file;

  @Option(names = "--column", paramLabel = "NAME",
      description = "The CSV column holding the handles (default: " + HandleList.COLUMN_DEFAULT
          + " for a .csv file).")
  String column;

  @Option(names = "--network", paramLabel = "NAME",
      description = "Only accounts of this network (default: all networks).")
  String network;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    List<String> wanted = new ArrayList<>(handles);
    if (file != null) {
      wanted.addAll(HandleList.read(file, column));
    } else if (column != null) {
      throw new UserException("--column needs --file");
    }
    if (wanted.isEmpty()) {
      throw new UserException("no handles to look up: give them as arguments or with --file");
    }
    ScoreCards.Lookup lookup;
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      lookup = new ScoreCards(database).byHandle(wanted, network);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case table -> printTable(out, lookup);
      case csv -> out.print(csv(lookup));
      case json -> out.println(OutputFormat.toJson(json(lookup)));
    }
    out.flush();
    return SwayCommand.EXIT_OK;
  }

  private static void printTable(PrintWriter out, ScoreCards.Lookup lookup) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"handle", "network", "score", "rank", "reach", "amplification",
        "influence", "points R/A/I", "spam p", "flags", "topics"});
    for (Map.Entry<String, List<ScoreCard>> found : lookup.found().entrySet()) {
      for (ScoreCard c : found.getValue()) {
        if (!c.scored()) {
          rows.add(new String[] {c.handle(), c.network(), NOT_SCORED, "", "", "", "", "", "", "", ""});
          continue;
        }
        rows.add(new String[] {c.handle(), c.network(), String.valueOf(c.score()),
            c.rank() + "/" + lookup.scoredAccounts(), String.format("%.1f", c.reach()),
            String.format("%.3f", c.amplification()), String.format("%.2f", c.influence()),
            String.format("%.1f/%.1f/%.1f", c.reachPoints(), c.amplificationPoints(),
                c.influencePoints()),
            String.format("%.2f", c.spamProbability()), flags(c), topics(c)});
      }
    }
    for (String handle : lookup.notFound()) {
      rows.add(new String[] {handle, "-", NOT_FOUND, "", "", "", "", "", "", "", ""});
    }
    TextTable.print(out, rows, new boolean[] {false, false, true, true, true, true, true, true,
        true, false, false});
  }

  static String flags(ScoreCard c) {
    List<String> flags = new ArrayList<>();
    if (c.spam()) {
      flags.add("spam");
    }
    if (c.inactive()) {
      flags.add("inactive");
    }
    return flags.isEmpty() ? "-" : String.join(",", flags);
  }

  private static String topics(ScoreCard c) {
    return c.topTopics(TOP_TOPICS).stream().map(TopicScore::name).collect(Collectors.joining(", "));
  }

  static String csv(ScoreCards.Lookup lookup) {
    List<Map<String, Object>> rows = new ArrayList<>();
    lookup.found().forEach((asked, cards) -> cards.forEach(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("query", asked);
      row.put("status", c.scored() ? "found" : NOT_SCORED);
      row.put("handle", c.handle());
      row.put("network", c.network());
      row.put("id", c.id());
      if (c.scored()) {
        row.put("score", c.score());
        row.put("rank", c.rank());
        row.put("reach", c.reach());
        row.put("amplification", c.amplification());
        row.put("influence", c.influence());
        row.put("reachPoints", c.reachPoints());
        row.put("amplificationPoints", c.amplificationPoints());
        row.put("influencePoints", c.influencePoints());
        row.put("spamProbability", c.spamProbability());
        row.put("spam", c.spam());
        row.put("inactive", c.inactive());
        row.put("topics", c.topTopics(TOP_TOPICS).stream().map(TopicScore::name)
            .collect(Collectors.joining(";")));
      }
      rows.add(row);
    }));
    for (String handle : lookup.notFound()) {
      rows.add(Map.of("query", handle, "status", NOT_FOUND));
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try {
      new CsvMapper().writer(schema.build()).writeValues(text).writeAll(rows).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static Map<String, Object> json(ScoreCards.Lookup lookup) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scoredAccounts", lookup.scoredAccounts());
    List<Map<String, Object>> accounts = new ArrayList<>();
    lookup.found().forEach((asked, cards) -> cards.forEach(c -> {
      Map<String, Object> account = new LinkedHashMap<>();
      account.put("query", asked);
      account.putAll(cardJson(c));
      accounts.add(account);
    }));
    result.put("accounts", accounts);
    result.put("notFound", lookup.notFound());
    return result;
  }

  /** One card as JSON: every number as stored, unrounded. */
  static Map<String, Object> cardJson(ScoreCard c) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("id", c.id());
    card.put("handle", c.handle());
    card.put("network", c.network());
    card.put("displayName", c.displayName());
    card.put("score", c.score());
    card.put("rank", c.rank());
    card.put("day", c.day() == null ? null : c.day().toString());
    card.put("run", c.run());
    if (c.scored()) {
      card.put("reach", part(c.reach(), c.reachPoints()));
      card.put("amplification", part(c.amplification(), c.amplificationPoints()));
      card.put("influence", part(c.influence(), c.influencePoints()));
      card.put("spamProbability", c.spamProbability());
      card.put("spam", c.spam());
      card.put("inactive", c.inactive());
      card.put("spamReason", c.spamReason());
    }
    card.put("topics", topicsJson(c.topics()));
    return card;
  }

  static List<Map<String, Object>> topicsJson(List<TopicScore> topics) {
    return topics.stream().map(t -> {
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put("name", t.name());
      topic.put("score", t.score());
      topic.put("engagedPosts", t.engagedPosts());
      return topic;
    }).toList();
  }

  private static Map<String, Object> part(double value, double points) {
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("value", value);
    part.put("points", points);
    return part;
  }
}
