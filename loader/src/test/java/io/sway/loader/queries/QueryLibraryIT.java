package io.sway.loader.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.cypher.LibraryQuery;
import io.sway.cypher.QueryLibrary;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.InfluenceScore;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.QueryRunner;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ScoringOptions;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.InProcessNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Every query of the library on a generated network of 800 accounts, scored on two days a week
 * apart: each answer is checked for the property its question promises, against the graph and
 * against the generator's ground truth ({@code truth.csv}), and each plan for index use.
 */
class QueryLibraryIT {
  private static final int ACCOUNTS = 800;
  private static final long SEED = 11;
  /** Fewer follows than the default keep the load, the slowest step, short. */
  private static final double FOLLOWS_PER_ACCOUNT = 6;
  private static final int WEEK = 7;
  /** Rounding in the queries' output (two decimals) per summed part. */
  private static final double POINTS_TOLERANCE = 0.02;
  static final String HOSTILE_HANDLE = "x'}) DETACH DELETE n //";

  @TempDir static Path temp;
  private static InProcessNeo4j neo4j;
  private static SwayDatabase database;
  private static QueryRunner runner;
  private static LocalDate today;
  /** Binds {@code a} to each account and {@code s} to its result in the current run. */
  private static final String CURRENT =
      "MATCH (run:ScoreRun {current: true}) MATCH (a:Account)-[:SCORED]->(s:DailyScore {run: run.id}) ";

  private static List<Map<String, String>> truth;
  private static String topHandle;
  private static String busiestTopic;

  @BeforeAll
  static void generateLoadAndScoreTwice() throws Exception {
    Path dataset = temp.resolve("network");
    SyntheticNetwork.write(GeneratorConfig.builder(ACCOUNTS, SEED)
        .followsPerAccount(FOLLOWS_PER_ACCOUNT).build(), dataset);
    truth = readCsv(dataset.resolve("truth.csv"));
    neo4j = InProcessNeo4j.start();
    database = neo4j.database();
    new IncrementalLoader(database).load(Dataset.open(dataset));
    today = ScoringJob.newestActivityDay(database);
    ModelScoringJob job =
        new ModelScoringJob(database, ModelConfig.defaults(), ScoreSmoothing.defaults());
    job.run(today.minusDays(WEEK), ScoringOptions.WINDOW_DAYS_DEFAULT);
    job.run(today, ScoringOptions.WINDOW_DAYS_DEFAULT);
    runner = new QueryRunner(database);
    topHandle = (String) single(CURRENT + "WHERE s.rank = 1 RETURN a.handle");
    busiestTopic = (String) single("""
        MATCH (run:ScoreRun {current: true})
        MATCH (t:Topic)<-[i:INFLUENTIAL_ON]-(:DailyScore {run: run.id})
        RETURN t.name AS name, count(i) AS accounts ORDER BY accounts DESC, name LIMIT 1""");
  }

  @AfterAll
  static void stopNeo4j() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @Test
  void topInfluencersAreTheLatestRunInRankOrderAndRespectTheNetwork() {
    List<Map<String, Object>> top = run("top-influencers", "n", "10");
    assertEquals(10, top.size());
    for (int i = 0; i < top.size(); i++) {
      assertEquals((long) i + 1, top.get(i).get("rank"));
      if (i > 0) {
        assertTrue(num(top.get(i - 1), "score") >= num(top.get(i), "score"), top.toString());
      }
    }
    List<Map<String, Object>> twitter = run("top-influencers", "n", "5", "network", "twitter");
    assertEquals(5, twitter.size());
    assertTrue(twitter.stream().allMatch(r -> r.get("network").equals("twitter")));
    assertEquals(single(CURRENT + "WHERE a.network = 'twitter' RETURN max(s.score)"),
        twitter.getFirst().get("score"), "the network's best comes first");
  }

  @Test
  void topPerNetworkStartsEveryNetworkWithItsBestAccount() {
    List<Map<String, Object>> rows = run("top-per-network", "n", "3");
    Map<String, Long> best = new HashMap<>();
    try (Session session = database.session()) {
      session.run(CURRENT + "RETURN a.network AS n, max(s.score) AS s")
          .forEachRemaining(r -> best.put(r.get("n").asString(), r.get("s").asLong()));
    }
    Set<String> networks = new HashSet<>();
    for (Map<String, Object> row : rows) {
      networks.add((String) row.get("network"));
      assertTrue((long) row.get("position") <= 3);
      if ((long) row.get("position") == 1) {
        assertEquals(best.get(row.get("network")), row.get("score"), row.toString());
      }
    }
    assertEquals(best.keySet(), networks, "every network is shown");
  }

  @Test
  void topOnTopicListsOnlyAccountsWithEvidenceOnTheTopic() {
    List<Map<String, Object>> rows = run("top-on-topic", "topic", busiestTopic.toUpperCase(), "n", "50");
    assertFalse(rows.isEmpty());
    for (Map<String, Object> row : rows) {
      assertTrue(num(row, "engagedPosts") >= 3, row.toString());
      Object postsOnTopic = single("""
          MATCH (a:Account {handle: $handle, network: $network})-[:POSTED]->(p:Post)
          WHERE $topic IN p.topics AND EXISTS { (p)<-[:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]-() }
          RETURN count(p)""",
          Map.of("handle", row.get("handle"), "network", row.get("network"), "topic", busiestTopic));
      assertTrue((long) postsOnTopic >= num(row, "engagedPosts"),
          row + " has only " + postsOnTopic + " engaged posts on " + busiestTopic);
    }
  }

  @Test
  void whyThisScoreGivesPartsThatAddUpToTheScoreAndRankedContributors() {
    List<Map<String, Object>> rows = run("why-this-score", "handle", topHandle);
    Map<String, Object> account = singleRow(
        CURRENT + "WHERE s.rank = 1 RETURN s.score AS score, s.audience AS audience");
    List<Map<String, Object>> parts = rows.stream().filter(r -> r.get("kind").equals("part")).toList();
    assertEquals(3, parts.size());
    assertTrue(parts.stream().allMatch(r -> ((Number) r.get("value")).doubleValue() >= 0));
    double points = parts.stream().mapToDouble(r -> ((Number) r.get("value")).doubleValue()).sum();
    double dayScore = new InfluenceScore(ModelConfig.defaults().score())
        .score((double) account.get("audience"), true);
    assertEquals(dayScore, points, 3 * POINTS_TOLERANCE,
        "Shapley points add up to the score of the day's audience, before smoothing");
    assertEquals(account.get("score"), num(rows.getFirst(), "value"));
    List<Map<String, Object>> engagers =
        rows.stream().filter(r -> r.get("kind").equals("engager")).toList();
    assertFalse(engagers.isEmpty(), "the top account has engagers");
    for (int i = 0; i < engagers.size(); i++) {
      assertEquals((long) i + 1, engagers.get(i).get("rank"));
      assertFalse(engagers.get(i).get("item").equals(topHandle), "nobody explains their own score");
      if (i > 0) {
        assertTrue(num(engagers.get(i - 1), "value") >= num(engagers.get(i), "value"));
      }
    }
    assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("post")));
    assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("spam")));
  }

  @Test
  void amplifiersAreRealResharersOfTheAccountAndOfItsAmplifiers() {
    String handle = (String) single("""
        MATCH (fan:Account)-[:RESHARED|QUOTED]->(:Post)<-[:POSTED]-(a:Account)
        WHERE fan <> a
        WITH a, count(DISTINCT fan) AS fans ORDER BY fans DESC, a.id LIMIT 1
        RETURN a.handle""");
    List<Map<String, Object>> rows = run("amplifiers", "handle", handle, "n", "5");
    Set<Object> firstHop = new HashSet<>();
    for (Map<String, Object> row : rows.stream().filter(r -> (long) r.get("hop") == 1).toList()) {
      assertEquals(handle, row.get("amplified"));
      firstHop.add(row.get("amplifier"));
      assertEquals(single("""
          MATCH (fan:Account {handle: $fan})-[r:RESHARED|QUOTED]->(:Post)<-[:POSTED]-(:Account {handle: $a})
          RETURN count(r)""", Map.of("fan", row.get("amplifier"), "a", handle)), row.get("times"));
    }
    assertEquals(5, firstHop.size());
    List<Map<String, Object>> second = rows.stream().filter(r -> (long) r.get("hop") == 2).toList();
    assertFalse(second.isEmpty(), "amplifiers of amplifiers exist on this network");
    for (Map<String, Object> row : second) {
      assertTrue(firstHop.contains(row.get("amplified")), row.toString());
      assertTrue(num(row, "times") >= 1);
    }
  }

  @Test
  void spamClustersInflateTheFarmsTargetsAndTheFollowerBuyers() {
    List<Map<String, Object>> rows = run("spam-clusters", "targets", "10");
    assertFalse(rows.isEmpty());
    Set<Object> inflated = new HashSet<>();
    for (Map<String, Object> row : rows) {
      inflated.add(row.get("inflated"));
      Object members = single("""
          MATCH (run:ScoreRun {current: true})
          MATCH (a:Account {network: $network})-[:SCORED]->(s:DailyScore {run: run.id, spam: true})
          WHERE date(a.createdAt) = $day
          RETURN count(a)""", Map.of("network", row.get("network"), "day", row.get("createdOn")));
      assertEquals(members, row.get("members"), "a cluster is one cohort of flagged accounts");
      if (row.get("inflated") != null) {
        assertTrue(num(row, "boosters") >= 3 && num(row, "boosters") <= num(row, "members"));
      }
    }
    Map<String, String> handles = handlesById();
    List<String> expected = new ArrayList<>();
    for (Map<String, String> account : truth) {
      if (!account.get("boosted_by_farm").isEmpty() || account.get("has_bought_followers").equals("true")) {
        expected.add(handles.get(account.get("account_id")));
      }
    }
    assertFalse(expected.isEmpty(), "the generated network has farm targets and buyers");
    for (String target : expected) {
      assertTrue(inflated.contains(target), target + " is inflated by a cluster: " + rows);
    }
  }

  @Test
  void scoreHistoryHasOneRowPerScoredDayWithItsChange() {
    List<Map<String, Object>> rows = run("score-history", "handle", topHandle);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(today.minusDays(WEEK), rows.get(0).get("day"));
    assertEquals(today, rows.get(1).get("day"));
    assertEquals(null, rows.get(0).get("change"));
    assertEquals(num(rows.get(1), "score") - num(rows.get(0), "score"), num(rows.get(1), "change"));
    assertEquals(1, run("score-history", "handle", topHandle, "days", "3").size());
  }

  @Test
  void biggestMoversAreSortedByTheSizeOfARealMove() {
    List<Map<String, Object>> rows = run("biggest-movers", "n", "15");
    assertEquals(15, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      assertEquals(today.minusDays(WEEK), row.get("fromDay"));
      assertEquals(today, row.get("toDay"));
      assertEquals(num(row, "now") - num(row, "before"), num(row, "change"));
      assertEquals(row.get("now"), single("""
          MATCH (:Account {handle: $h, network: $n})-[:SCORED]->(d:DailyScore {day: $day})
          MATCH (:ScoreRun {id: d.run, status: 'published'})
          RETURN d.score""", Map.of("h", row.get("handle"), "n", row.get("network"), "day", today)));
      if (i > 0) {
        assertTrue(Math.abs(num(rows.get(i - 1), "change")) >= Math.abs(num(row, "change")));
      }
    }
    assertTrue(run("biggest-movers", "days", "3").isEmpty(), "no history three days back");
  }

  @Test
  void compareAccountsShowsExactlyTheGivenAccountsBestFirst() {
    List<String> handles = topHandles(3);
    List<Map<String, Object>> rows =
        run("compare-accounts", "handles", String.join(",", handles.reversed()) + ",@nobody");
    assertEquals(handles, rows.stream().map(r -> (String) r.get("handle")).toList());
    for (Map<String, Object> row : rows) {
      assertEquals(single(CURRENT + "WHERE a.handle = $h RETURN s.score", Map.of("h", row.get("handle"))),
          row.get("score"));
    }
  }

  @Test
  void compareOverTimeMeasuresEachAccountAgainstThatDaysLeader() {
    List<String> handles = topHandles(3);
    List<Map<String, Object>> rows = run("compare-over-time", "handles", String.join(",", handles));
    assertEquals(6, rows.size(), "three accounts on two days: " + rows);
    Map<Object, Long> leader = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      leader.merge(row.get("day"), num(row, "score"), Math::max);
    }
    assertEquals(List.of(today.minusDays(WEEK), today), new ArrayList<>(leader.keySet()));
    for (Map<String, Object> row : rows) {
      assertEquals(leader.get(row.get("day")) - num(row, "score"), num(row, "behindLeader"));
    }
  }

  @Test
  void personsHaveSeveralAccountsAndAnAudienceAtLeastTheirBestAccounts() {
    List<Map<String, Object>> rows = run("persons-with-several-accounts", "n", "50");
    assertFalse(rows.isEmpty());
    for (Map<String, Object> row : rows) {
      assertTrue(num(row, "accounts") >= 2, row.toString());
      assertEquals(single("MATCH (:Person {id: $p})-[:OWNS]->(a:Account) RETURN count(a)",
          Map.of("p", row.get("person"))), row.get("accounts"));
      Object bestAudience = single(
          CURRENT + "MATCH (:Person {id: $p})-[:OWNS]->(a) RETURN max(s.audience)", Map.of("p", row.get("person")));
      Object personAudience = single("""
          MATCH (run:ScoreRun {current: true})
          MATCH (d:PersonDailyScore {personId: $p, run: run.id}) RETURN d.audience""",
          Map.of("p", row.get("person")));
      assertTrue((double) personAudience >= (double) bestAudience - 1e-9,
          "a 2-norm is at least its largest term: " + row);
    }
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(num(rows.get(i - 1), "personScore") >= num(rows.get(i), "personScore"));
    }
    assertTrue(run("persons-with-several-accounts", "minAccounts", "3").stream()
        .allMatch(r -> num(r, "accounts") >= 3));
  }

  @Test
  void brandContactsAreInfluentialAmplifiedAndNeitherSpamNorInAPod() {
    Set<String> podMembers = new HashSet<>();
    Map<String, String> handles = handlesById();
    truth.stream().filter(a -> !a.get("pod_id").isEmpty())
        .forEach(a -> podMembers.add(handles.get(a.get("account_id"))));
    assertFalse(podMembers.isEmpty(), "the generated network has an engagement pod");
    List<String> topics = new ArrayList<>();
    try (Session session = database.session()) {
      session.run("MATCH (t:Topic) RETURN t.name AS name ORDER BY name")
          .forEachRemaining(r -> topics.add(r.get("name").asString()));
    }
    boolean podMemberCaught = false;
    for (String topic : topics) {
      List<Map<String, Object>> rows = run("brand-contacts", "topic", topic, "n", "100");
      for (Map<String, Object> row : rows) {
        assertFalse(podMembers.contains(row.get("handle")), row + " is a pod member");
        assertTrue(num(row, "score") >= 30 && ((Number) row.get("amplification")).doubleValue() >= 0.2);
        assertEquals(Boolean.FALSE, single("""
            MATCH (run:ScoreRun {current: true})
            MATCH (a:Account {handle: $h, network: $n})-[:SCORED]->(s:DailyScore {run: run.id})
            WHERE EXISTS { (s)-[:INFLUENTIAL_ON]->(:Topic {name: $t}) }
            RETURN s.spam""", Map.of("h", row.get("handle"), "n", row.get("network"), "t", topic)));
      }
      List<Map<String, Object>> noPodFilter = run("brand-contacts", "topic", topic, "n", "100",
          "minScore", "0", "minAmplification", "0", "podShare", "1.01");
      List<Map<String, Object>> podFilter = run("brand-contacts", "topic", topic, "n", "100",
          "minScore", "0", "minAmplification", "0");
      podMemberCaught |= noPodFilter.stream().anyMatch(r -> podMembers.contains(r.get("handle")));
      assertTrue(podFilter.stream().noneMatch(r -> podMembers.contains(r.get("handle"))));
    }
    assertTrue(podMemberCaught, "pod members are candidates until the pod criterion removes them");
  }

  @Test
  void aHostileHandleIsOnlyEverAValueAndChangesNothing() {
    Map<String, Long> counts = GraphCounts.of(database);
    String scores = GraphCounts.scoreChecksum(database);
    for (String query : List.of("why-this-score", "amplifiers", "score-history")) {
      assertTrue(run(query, "handle", HOSTILE_HANDLE).isEmpty(), query);
    }
    assertTrue(run("compare-accounts", "handles", HOSTILE_HANDLE).isEmpty());
    assertTrue(run("top-on-topic", "topic", HOSTILE_HANDLE).isEmpty());
    assertEquals(counts, GraphCounts.of(database));
    assertEquals(scores, GraphCounts.scoreChecksum(database));
  }

  /** Parameters that find something in this network, by query. */
  private static Map<String, Object> exampleParameters(LibraryQuery query) {
    Map<String, Map<String, String>> examples = Map.of(
        "top-on-topic", Map.of("topic", busiestTopic),
        "why-this-score", Map.of("handle", topHandle),
        "amplifiers", Map.of("handle", topHandle),
        "score-history", Map.of("handle", topHandle),
        "compare-accounts", Map.of("handles", String.join(",", topHandles(3))),
        "compare-over-time", Map.of("handles", String.join(",", topHandles(3))),
        "brand-contacts", Map.of("topic", busiestTopic));
    return QueryLibrary.parameters(query, examples.getOrDefault(query.name(), Map.of()));
  }

  /**
   * Under read-committed isolation a plan that checks {@code run.current} row by row, while it
   * reads results, mixes two runs when a publication commits meanwhile. So every reading of the
   * flag must sit below a {@code Limit} that yields the run alone: the run is fixed first.
   */
  @Test
  void everyQueryFixesTheCurrentRunBeforeReadingAnyResult() {
    int checked = 0;
    for (LibraryQuery query : QueryLibrary.all()) {
      Plan plan;
      try (Session session = database.session()) {
        plan = session.run("EXPLAIN " + query.statement(), exampleParameters(query)).consume().plan();
      }
      List<String> unpinned = new ArrayList<>();
      checked += readsOfTheFlag(plan, false, unpinned);
      assertEquals(List.of(), unpinned, query.name() + " reads the current flag with results");
    }
    assertTrue(checked >= QueryLibrary.all().size(), "every query reads the current run");
  }

  /** Counts the operators reading {@code current}; adds those not under a run-only Limit. */
  private static int readsOfTheFlag(Plan plan, boolean pinned, List<String> unpinned) {
    boolean here = pinned || plan.operatorType().startsWith("Limit")
        && List.of("run").equals(List.copyOf(plan.identifiers()));
    String details = String.valueOf(plan.arguments().get("Details"));
    int reads = details.contains("current") ? 1 : 0;
    if (reads > 0 && !here) {
      unpinned.add(plan.operatorType() + " " + details);
    }
    for (Plan child : plan.children()) {
      reads += readsOfTheFlag(child, here, unpinned);
    }
    return reads;
  }

  @Test
  void everyQueryStartsFromAnIndexNeverAFullLabelScan() {
    for (LibraryQuery query : QueryLibrary.all()) {
      Map<String, Object> parameters = exampleParameters(query);
      Plan plan;
      try (Session session = database.session()) {
        plan = session.run("PROFILE " + query.statement(), parameters).consume().profile();
      }
      List<String> operators = new ArrayList<>();
      collect(plan, operators);
      assertTrue(operators.stream().noneMatch(o -> o.startsWith("NodeByLabelScan")
              || o.startsWith("AllNodesScan")),
          query.name() + " scans a whole label: " + operators);
      assertTrue(operators.stream().anyMatch(o -> o.contains("Index")),
          query.name() + " uses no index: " + operators);
    }
  }

  private static void collect(Plan plan, List<String> operators) {
    operators.add(plan.operatorType());
    plan.children().forEach(child -> collect(child, operators));
  }

  private static List<Map<String, Object>> run(String name, String... keyValues) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      given.put(keyValues[i], keyValues[i + 1]);
    }
    QueryRunner.Table table = runner.run(QueryLibrary.get(name), given);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> values : table.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < values.size(); c++) {
        row.put(table.columns().get(c), values.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static long num(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).longValue();
  }

  private static List<String> topHandles(int n) {
    List<String> handles = new ArrayList<>();
    try (Session session = database.session()) {
      session.run(CURRENT + "WHERE s.rank <= $n RETURN a.handle AS h ORDER BY s.rank",
          Map.of("n", n)).forEachRemaining(r -> handles.add(r.get("h").asString()));
    }
    return handles;
  }

  private static Map<String, String> handlesById() {
    Map<String, String> handles = new HashMap<>();
    try (Session session = database.session()) {
      session.run("MATCH (a:Account) RETURN a.id AS id, a.handle AS handle")
          .forEachRemaining(r -> handles.put(r.get("id").asString(), r.get("handle").asString()));
    }
    return handles;
  }

  private static Object single(String query) {
    return single(query, Map.of());
  }

  private static Object single(String query, Map<String, Object> parameters) {
    try (Session session = database.session()) {
      return session.run(query, parameters).single().get(0).asObject();
    }
  }

  private static Map<String, Object> singleRow(String query) {
    try (Session session = database.session()) {
      return session.run(query).single().asMap();
    }
  }

  private static List<Map<String, String>> readCsv(Path file) throws java.io.IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.getFirst().split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], c < cells.length ? cells[c] : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
