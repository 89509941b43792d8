package io.sway.cli;

import static io.sway.cli.SwayCommandIT.sway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.cli.report.ReportPage;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.testing.InProcessNeo4j;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * {@code sway lookup}, {@code compare} and {@code report} on the demo's sample network, loaded
 * into the in-process Neo4j and scored on {@link #HISTORY_DAYS} consecutive days; the commands
 * connect over Bolt ({@code --neo4j-uri}) and every number they print is checked against a
 * Cypher query on the same database.
 */
class MarketerCommandsIT {
  /** The sample's newest activity is on this day (as {@code sway demo} scores it). */
  static final LocalDate LAST_DAY = LocalDate.parse("2026-06-30");
  static final int HISTORY_DAYS = 7;
  static final int WINDOW_DAYS = 90;
  private static final double EXACT = 0;
  private static final int SCREENSHOT_WIDTH = 1100;
  private static final int SCREENSHOT_HEIGHT = 2800;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static InProcessNeo4j neo4j;
  static String uri;

  @BeforeAll
  static void loadAndScoreTheSampleOnConsecutiveDays() throws Exception {
    neo4j = InProcessNeo4j.start();
    uri = neo4j.boltUri().toString();
    new IncrementalLoader(neo4j.database()).load(Dataset.open(sample(temp.resolve("sample"))));
    for (int d = HISTORY_DAYS - 1; d >= 0; d--) {
      new ModelScoringJob(neo4j.database(), ModelConfig.defaults(), ScoreSmoothing.defaults())
          .run(LAST_DAY.minusDays(d), WINDOW_DAYS);
    }
  }

  @AfterAll
  static void stop() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  /** The sample network `sway demo` loads, as bundled in the command's jar. */
  static Path sample(Path target) throws Exception {
    Files.createDirectories(target);
    for (DatasetFile file : DatasetFile.values()) {
      String name = file.baseName() + ".csv";
      try (InputStream in = MarketerCommandsIT.class.getResourceAsStream("/io/sway/cli/demo/" + name)) {
        if (in != null) {
          Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /** Binds {@code a} to each account and {@code s} to its result in the current run. */
  private static final String CURRENT =
      "MATCH (run:ScoreRun {current: true}) MATCH (a:Account)-[:SCORED]->(s:DailyScore {run: run.id}) ";

  @Test
  void lookupPrintsEachHandlesStoredScoresAndListsUnknownHandlesAsNotFound() throws Exception {
    List<String> handles = new ArrayList<>(strings(
        CURRENT + "WHERE s.rank <= 2 RETURN a.handle AS v ORDER BY s.rank"));
    handles.add(strings(CURRENT + "WHERE s.spam RETURN a.handle AS v ORDER BY a.id LIMIT 1").getFirst());
    handles.add(strings(CURRENT + "WHERE s.inactive AND NOT s.spam RETURN a.handle AS v ORDER BY a.id LIMIT 1").getFirst());
    String withoutAt = handles.get(1).substring(1);

    SwayCommandIT.Run run = sway("lookup", handles.get(0), withoutAt, handles.get(2),
        "@nobody-here", handles.get(3), "--format", "json", "--neo4j-uri", uri);
    assertEquals(0, run.exitCode(), "unknown handles are not an error for the list: " + run.err());
    JsonNode result = JSON.readTree(run.out());
    assertEquals(List.of("@nobody-here"), JSON.convertValue(result.get("notFound"), List.class));
    assertEquals(count(CURRENT + "WHERE s.rank IS NOT NULL RETURN count(a) AS n"),
        result.get("scoredAccounts").asLong());
    JsonNode accounts = result.get("accounts");
    assertEquals(4, accounts.size(), run.out());
    assertEquals(withoutAt, accounts.get(1).get("query").asText());
    for (int i = 0; i < 4; i++) {
      JsonNode printed = accounts.get(i);
      assertEquals(handles.get(i), printed.get("handle").asText());
      Record stored = account(handles.get(i));
      assertEquals(stored.get("score").asInt(), printed.get("score").asInt());
      assertEquals(stored.get("rank").asInt(), printed.get("rank").asInt());
      assertEquals(stored.get("network").asString(), printed.get("network").asText());
      for (String part : new String[] {"reach", "amplification", "influence"}) {
        assertEquals(stored.get(part).asDouble(), printed.get(part).get("value").asDouble(), EXACT, part);
        assertEquals(stored.get(part + "Points").asDouble(),
            printed.get(part).get("points").asDouble(), EXACT, part);
      }
      assertEquals(stored.get("spamProbability").asDouble(), printed.get("spamProbability").asDouble(), EXACT);
      assertEquals(stored.get("spam").asBoolean(), printed.get("spam").asBoolean());
      assertEquals(stored.get("inactive").asBoolean(), printed.get("inactive").asBoolean());
      List<String> topics = new ArrayList<>();
      printed.get("topics").forEach(t -> topics.add(t.get("name").asText()));
      assertEquals(stored.get("topics").asList(Value::asString), topics);
    }
    assertTrue(accounts.get(2).get("spam").asBoolean());
    assertTrue(accounts.get(3).get("inactive").asBoolean());

    SwayCommandIT.Run table = sway("lookup", handles.get(0), "@nobody-here", "--neo4j-uri", uri);
    assertEquals(0, table.exitCode(), table.err());
    Record top = account(handles.get(0));
    String topRow = table.out().lines().filter(l -> l.startsWith(handles.get(0) + " ")).findFirst().orElseThrow();
    assertTrue(topRow.matches(".*\\s" + top.get("score").asInt() + "\\s+" + top.get("rank").asInt()
        + "/" + result.get("scoredAccounts").asLong() + "\\s.*"), topRow);
    assertTrue(table.out().lines().anyMatch(l -> l.matches("@nobody-here\\s+-\\s+not found")), table.out());
  }

  @Test
  void lookupReadsHandlesFromAListOrACsvColumnAndPrintsCsv() throws Exception {
    List<String> handles = strings(
        CURRENT + "WHERE s.rank <= 3 RETURN a.handle AS v ORDER BY s.rank");
    Path list = temp.resolve("handles.txt");
    Files.writeString(list, "# campaign shortlist\n" + handles.get(0) + "\n\n" + handles.get(1) + "\n");
    Path csv = temp.resolve("people.csv");
    Files.writeString(csv, "name,account\nA,\"" + handles.get(2) + "\"\nB,@ghost\n");

    SwayCommandIT.Run run = sway("lookup", "--file", list.toString(), "--format", "csv",
        "--neo4j-uri", uri);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    String[] header = lines.get(0).split(",");
    for (int i = 0; i < 2; i++) {
      String[] cells = lines.get(i + 1).split(",");
      Record stored = account(handles.get(i));
      assertEquals(handles.get(i), cells[List.of(header).indexOf("handle")]);
      assertEquals(stored.get("score").asInt(), Integer.parseInt(cells[List.of(header).indexOf("score")]));
      assertEquals(stored.get("rank").asInt(), Integer.parseInt(cells[List.of(header).indexOf("rank")]));
      assertEquals(stored.get("reach").asDouble(),
          Double.parseDouble(cells[List.of(header).indexOf("reach")]), EXACT);
    }

    SwayCommandIT.Run column = sway("lookup", "--file", csv.toString(), "--column", "account",
        "--format", "json", "--neo4j-uri", uri);
    assertEquals(0, column.exitCode(), column.err());
    JsonNode result = JSON.readTree(column.out());
    assertEquals(handles.get(2), result.get("accounts").get(0).get("handle").asText());
    assertEquals("@ghost", result.get("notFound").get(0).asText());

    SwayCommandIT.Run badColumn = sway("lookup", "--file", csv.toString(), "--column", "handle",
        "--neo4j-uri", uri);
    assertEquals(1, badColumn.exitCode());
    assertTrue(badColumn.err().contains("no column 'handle'") && badColumn.err().contains("account"),
        badColumn.err());
    SwayCommandIT.Run nothing = sway("lookup", "--neo4j-uri", uri);
    assertEquals(1, nothing.exitCode());
    assertTrue(nothing.err().contains("no handles"), nothing.err());
  }

  @Test
  void compareShowsScoresRanksChangesAndSharedTopicsAsStored() throws Exception {
    Map<String, Object> pair = single("""
        MATCH (run:ScoreRun {current: true})
        MATCH (a:Account)-[:SCORED]->(sa:DailyScore {run: run.id})-[:INFLUENTIAL_ON]->(t:Topic)
              <-[:INFLUENTIAL_ON]-(sb:DailyScore {run: run.id})<-[:SCORED]-(b:Account)
        WHERE sa.rank < sb.rank
        WITH a, b, sa, sb ORDER BY sa.rank, sb.rank LIMIT 1
        RETURN a.handle AS a, b.handle AS b
        """, Map.of());
    String a = (String) pair.get("a");
    String b = (String) pair.get("b");
    int days = 3;

    SwayCommandIT.Run run = sway("compare", a, b, "--days", String.valueOf(days), "--format", "json",
        "--neo4j-uri", uri);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode result = JSON.readTree(run.out());
    assertEquals(LAST_DAY.toString(), result.get("to").asText());
    LocalDate since = LAST_DAY.minusDays(days);
    for (JsonNode printed : result.get("accounts")) {
      String handle = printed.get("handle").asText();
      Record stored = account(handle);
      assertEquals(stored.get("score").asInt(), printed.get("score").asInt());
      assertEquals(stored.get("rank").asInt(), printed.get("rank").asInt());
      assertEquals(stored.get("reachPoints").asDouble(), printed.get("reach").get("points").asDouble(), EXACT);
      int then = scoreOn(handle, since);
      assertEquals(since.toString(), printed.get("since").asText());
      assertEquals(then, printed.get("scoreThen").asInt());
      assertEquals(scoreOn(handle, LAST_DAY) - then, printed.get("change").asInt());
      assertEquals(days + 1, printed.get("history").size());
    }
    List<String> common = strings("""
        MATCH (run:ScoreRun {current: true})
        MATCH (:Account {handle: $a})-[:SCORED]->(:DailyScore {run: run.id})-[:INFLUENTIAL_ON]->(t:Topic)
              <-[:INFLUENTIAL_ON]-(:DailyScore {run: run.id})<-[:SCORED]-(:Account {handle: $b})
        RETURN t.name AS v ORDER BY v
        """, Map.of("a", a, "b", b));
    assertFalse(common.isEmpty());
    assertEquals(common, JSON.convertValue(result.get("commonTopics"), List.class));

    SwayCommandIT.Run table = sway("compare", a, b, "--neo4j-uri", uri);
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("Topics in common: " + String.join(", ", common)), table.out());
    LocalDate first = LAST_DAY.minusDays(HISTORY_DAYS - 1);
    int change = scoreOn(a, LAST_DAY) - scoreOn(a, first);
    assertTrue(table.out().contains(String.format("%+d since %s", change, first)),
        "over 90 days the change is measured from the oldest day kept: " + table.out());
    assertTrue(table.out().lines().anyMatch(l -> l.matches("rank\\s+" + account(a).get("rank").asInt()
        + " of \\d+\\s+" + account(b).get("rank").asInt() + " of \\d+")), table.out());

    SwayCommandIT.Run unknown = sway("compare", a, "@nobody-here", "--neo4j-uri", uri);
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no account with handle '@nobody-here'"), unknown.err());
  }

  @Test
  void comparePersonsCombinesTheirAccounts() throws Exception {
    List<String> ids = strings("""
        MATCH (run:ScoreRun {current: true})
        MATCH (p:Person)-[:OWNS]->(a:Account) WITH run, p, count(a) AS n WHERE n > 1
        MATCH (d:PersonDailyScore {personId: p.id, run: run.id})
        RETURN p.id AS v ORDER BY d.scoreValue DESC, p.id LIMIT 2
        """);
    SwayCommandIT.Run run = sway(concat(List.of("compare", "--persons", "--format", "json",
        "--neo4j-uri", uri), ids));
    assertEquals(0, run.exitCode(), run.err());
    for (JsonNode printed : JSON.readTree(run.out()).get("persons")) {
      Map<String, Object> stored = single("""
          MATCH (run:ScoreRun {current: true})
          MATCH (p:Person {id: $id})
          MATCH (d:PersonDailyScore {personId: p.id, run: run.id})
          OPTIONAL MATCH (other:PersonDailyScore {run: run.id}) WHERE other.scoreValue > d.scoreValue
            OR (other.scoreValue = d.scoreValue AND other.personId < d.personId)
          WITH p, d, count(other) + 1 AS rank
          MATCH (p)-[:OWNS]->(a:Account)
          RETURN d.score AS score, rank, collect(a.handle) AS handles
          """, Map.of("id", printed.get("id").asText()));
      assertEquals(((Number) stored.get("score")).intValue(), printed.get("score").asInt());
      assertEquals(((Number) stored.get("rank")).intValue(), printed.get("rank").asInt());
      List<String> handles = new ArrayList<>();
      printed.get("accounts").forEach(acc -> handles.add(acc.get("handle").asText()));
      assertEquals(new java.util.TreeSet<>((List<?>) stored.get("handles")), new java.util.TreeSet<>(handles));
      Map<String, Object> first = single("""
          MATCH (:Person {id: $id})-[:SCORED]->(d:PersonDailyScore)
          WITH d ORDER BY d.day LIMIT 1
          RETURN toString(d.day) AS day, d.score AS score
          """, Map.of("id", printed.get("id").asText()));
      assertEquals(first.get("day"), printed.get("since").asText(), "the oldest day of history");
      assertEquals(((Number) stored.get("score")).intValue() - ((Number) first.get("score")).intValue(),
          printed.get("change").asInt(), "the change since that day");
    }
  }

  @Test
  void reportRendersOfflineInHeadlessChromiumWithEveryChartDrawn() throws Exception {
    // The rest of this test needs Chromium: check first, so a machine without it skips quickly.
    OfflineChromium chromium = OfflineChromium.available(temp);
    List<String> handles = strings(
        CURRENT + "WHERE s.rank <= 3 RETURN a.handle AS v ORDER BY s.rank");
    String topic = strings("""
        MATCH (run:ScoreRun {current: true})
        MATCH (:DailyScore {run: run.id})-[:INFLUENTIAL_ON]->(t:Topic) RETURN t.name AS v, count(*) AS n
        ORDER BY n DESC, v LIMIT 1
        """).getFirst();
    Path page = temp.resolve("report.html");
    SwayCommandIT.Run run = sway("report", "--accounts", String.join(",", handles), "--topic", topic,
        "--days", String.valueOf(HISTORY_DAYS - 1), "--out", page.toString(), "--neo4j-uri", uri);
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);

    // Self-contained: a policy that forbids any load, no script, no link or source outside.
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + ReportPage.CONTENT_SECURITY_POLICY + "\">"), "CSP meta");
    assertTrue(ReportPage.CONTENT_SECURITY_POLICY.startsWith("default-src 'none'"));
    Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\(\\s*[\"']?(https?:|//)|<script|<link")
        .matcher(html);
    assertFalse(external.find(), () -> "loads something from outside: " + external.group());

    Path netLog = temp.resolve("net-log.json");
    String dom = chromium.dumpDom(page, netLog);
    long points = count("""
        MATCH (a:Account)-[:SCORED]->(d:DailyScore) WHERE a.handle IN $handles AND d.day >= $from
        RETURN count(d) AS n
        """, Map.of("handles", handles, "from", LAST_DAY.minusDays(HISTORY_DAYS - 1)));
    assertEquals(HISTORY_DAYS * handles.size(), points);
    assertEquals(points, dataPoints(dom, "history"), "one point per stored day and account");
    assertEquals(3L * handles.size(), dataPoints(dom, "breakdown"), "three parts per account");
    assertEquals(count(CURRENT + "WHERE s.rank IS NOT NULL RETURN count(DISTINCT s.score / 5) AS n"),
        dataPoints(dom, "distribution"), "a bar per non-empty 5-point bin of scores");
    for (String handle : handles) {
      assertTrue(figure(dom, "distribution").contains(handle + " " + account(handle).get("score").asInt()),
          "the distribution marks " + handle);
    }
    long onTopic = Math.min(10, count("MATCH (run:ScoreRun {current: true}) "
        + "MATCH (:DailyScore {run: run.id})-[:INFLUENTIAL_ON]->(:Topic {name: $t}) RETURN count(*) AS n",
        Map.of("t", topic)));
    assertEquals(onTopic, dataPoints(dom, "influencers"));
    for (int i = 0; i < handles.size(); i++) {
      long engagers = Math.min(10, count(CURRENT + "WHERE a.handle = $h RETURN size(s.engagers) AS n",
          Map.of("h", handles.get(i))));
      assertTrue(engagers > 0);
      assertEquals(engagers, dataPoints(dom, "engagers-" + i), handles.get(i));
    }
    String runId = strings("MATCH (r:ScoreRun {current: true}) RETURN r.id AS v").getFirst();
    assertTrue(dom.contains(runId), "the page names the run its scores come from");
    assertEquals(List.of(), OfflineChromium.pageRequests(netLog), "the page made no request");

    // The page requests nothing even without its policy; and the check does see a request.
    Path unguarded = temp.resolve("report-without-csp.html");
    Files.writeString(unguarded, html.replace(ReportPage.CONTENT_SECURITY_POLICY, "default-src *"));
    Path unguardedLog = temp.resolve("net-log-without-csp.json");
    chromium.dumpDom(unguarded, unguardedLog);
    assertEquals(List.of(), OfflineChromium.pageRequests(unguardedLog));
    Path leaky = temp.resolve("leaky.html");
    Files.writeString(leaky, "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"></body></html>");
    Path leakyLog = temp.resolve("net-log-leaky.json");
    chromium.dumpDom(leaky, leakyLog);
    List<String> leaks = OfflineChromium.pageRequests(leakyLog);
    assertFalse(leaks.isEmpty(), "a page's request is seen in the network log");
    assertTrue(leaks.stream().allMatch("http://example.invalid/x.png"::equals), leaks.toString());

    // The README's screenshot comes from this rendering.
    Path png = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(png);
    chromium.screenshot(page, png, SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
    assertTrue(Files.size(png) > 10_000, "a screenshot with content");
  }

  @Test
  void theNewCommandsHaveHelpAndRefuseMistakesWithExitOne() {
    for (String command : new String[] {"lookup", "compare", "report"}) {
      SwayCommandIT.Run help = sway(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().contains("Usage: sway " + command), help.out());
    }
    SwayCommandIT.Run badFormat = sway("lookup", "@a", "--format", "xml", "--neo4j-uri", uri);
    assertEquals(1, badFormat.exitCode());
    assertTrue(badFormat.err().contains("xml"), badFormat.err());
    SwayCommandIT.Run badDays = sway("compare", "@a", "--days", "0", "--neo4j-uri", uri);
    assertEquals(1, badDays.exitCode());
    assertTrue(badDays.err().contains("--days must be at least 1, was 0"), badDays.err());
    SwayCommandIT.Run noOut = sway("report", "--neo4j-uri", uri);
    assertEquals(1, noOut.exitCode());
    assertTrue(noOut.err().contains("--out"), noOut.err());
    SwayCommandIT.Run unknown = sway("report", "--accounts", "@nobody-here", "--out",
        temp.resolve("x.html").toString(), "--neo4j-uri", uri);
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no account with handle '@nobody-here'"), unknown.err());
    assertFalse(Files.exists(temp.resolve("x.html")), "nothing is written for a mistake");
  }

  /** The data items JFreeChart marked in one figure's SVG: element groups with a mark inside. */
  static long dataPoints(String dom, String figureId) {
    Matcher item = Pattern.compile("<g jfreesvg:ref=\"\\{[^\"]*\"[^>]*>\\s*(<g[^>]*>\\s*)*<(path|rect|ellipse|circle|line|polygon)")
        .matcher(figure(dom, figureId));
    return item.results().count();
  }

  static String figure(String dom, String id) {
    int start = dom.indexOf("<figure class=\"chart\" id=\"" + id + "\">");
    assertTrue(start >= 0, "figure " + id + " is on the page");
    int end = dom.indexOf("</figure>", start);
    String figure = dom.substring(start, end);
    assertTrue(figure.contains("<svg"), "figure " + id + " holds an SVG chart");
    return figure;
  }

  private static Record account(String handle) {
    try (Session session = neo4j.database().session()) {
      return session.run("""
          MATCH (run:ScoreRun {current: true})
          MATCH (a:Account {handle: $handle})-[:SCORED]->(s:DailyScore {run: run.id})
          RETURN s.score AS score, s.rank AS rank, a.network AS network, s.reach AS reach,
                 s.amplification AS amplification, s.influence AS influence,
                 s.reachPoints AS reachPoints, s.amplificationPoints AS amplificationPoints,
                 s.influencePoints AS influencePoints, s.spamProbability AS spamProbability,
                 s.spam AS spam, s.inactive AS inactive,
                 COLLECT { MATCH (s)-[i:INFLUENTIAL_ON]->(t:Topic)
                           RETURN t.name ORDER BY i.score DESC, t.name } AS topics
          """, Map.of("handle", handle)).single();
    }
  }

  private static Map<String, Object> single(String query, Map<String, Object> params) {
    try (Session session = neo4j.database().session()) {
      return session.run(query, params).single().asMap();
    }
  }

  private static int scoreOn(String handle, LocalDate day) {
    return (int) count("""
        MATCH (:Account {handle: $handle})-[:SCORED]->(d:DailyScore {day: $day}) RETURN d.score AS n
        """, Map.of("handle", handle, "day", day));
  }

  private static List<String> strings(String query) {
    return strings(query, Map.of());
  }

  private static List<String> strings(String query, Map<String, Object> params) {
    try (Session session = neo4j.database().session()) {
      return session.run(query, params).list(r -> r.get("v").asString());
    }
  }

  private static long count(String query) {
    return count(query, Map.of());
  }

  private static long count(String query, Map<String, Object> params) {
    try (Session session = neo4j.database().session()) {
      return session.run(query, params).single().get("n").asLong();
    }
  }

  private static String[] concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all.toArray(String[]::new);
  }
}
