package io.sway.loader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.ModelResultWriter;
import io.sway.loader.neo4j.ScoreWriter;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.InProcessNeo4j;
import io.sway.loader.testing.TestDatasets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/** The influence model through Neo4j: results, history, explanations and topics in Cypher. */
class ModelScoringIT {
  private static InProcessNeo4j neo4j;

  @TempDir Path temp;

  private LocalDate day;

  @BeforeAll
  static void startNeo4j() {
    neo4j = InProcessNeo4j.start();
  }

  @AfterAll
  static void stopNeo4j() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void loadTiny() throws Exception {
    neo4j.empty();
    new IncrementalLoader(neo4j.database())
        .load(Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp)));
    day = ScoringJob.newestActivityDay(neo4j.database());
  }

  /** Binds {@code a} to each account and {@code s} to its result in the current run. */
  private static final String CURRENT =
      "MATCH (run:ScoreRun {current: true}) MATCH (a:Account)-[:SCORED]->(s:DailyScore {run: run.id}) ";

  private ModelScoringJob job() {
    return new ModelScoringJob(neo4j.database(), ModelConfig.defaults(), ScoreSmoothing.defaults());
  }

  @Test
  void everyAccountGetsAScoreItsPartsAndAHistoryEntry() {
    ModelScoringJob.Report report = job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertEquals(8, report.accounts());
    assertEquals(8L, count(CURRENT + "WHERE s.score IS NOT NULL AND s.reach IS NOT NULL "
        + "AND s.amplification IS NOT NULL AND s.influence IS NOT NULL AND s.day = run.asOf "
        + "RETURN count(a)"));
    assertEquals(8L, count("MATCH (:Account)-[:SCORED]->(d:DailyScore {day: date('" + day
        + "')}) RETURN count(d)"));
    assertEquals(0L, count(CURRENT + "WHERE s.score < 0 OR s.score > 99 RETURN count(a)"));
    assertEquals(8L, count(CURRENT + "WHERE 0 <= s.spamProbability <= 1 "
        + "AND s.spam IS NOT NULL AND s.inactive IS NOT NULL AND s.spamReason <> '' "
        + "RETURN count(a)"), "every account carries its spam verdict and the reason");
    assertEquals(0L, count(CURRENT + "WHERE s.active = false AND s.score <> 0 "
        + "RETURN count(a)"), "0 only without activity, and always 0 then");
    assertEquals(1L, count("MATCH (r:ScoreRun {id: '" + report.runId() + "'}) "
        + "WHERE r.params CONTAINS 'amplification' AND r.params CONTAINS 'alpha' "
        + "AND r.params CONTAINS 'coefficients' AND r.params CONTAINS 'seeds' "
        + "AND r.extractSeconds > 0 AND r.computeSeconds > 0 AND r.stageSeconds > 0 "
        + "AND r.publishSeconds > 0 AND r.cleanUpSeconds > 0 AND r.status = 'published' "
        + "RETURN count(r)"), "the run record holds its config and its phases' times");
  }

  @Test
  void rerunningADayChangesNoScoreAndAddsNoHistory() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    Map<String, Long> first = scores();
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertEquals(first, scores());
    assertEquals(8L, count("MATCH (d:DailyScore) RETURN count(d)"));
  }

  @Test
  void anIdleDayMovesScoresGraduallyAndHistoryGrows() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    Map<String, Long> before = scores();
    job().run(day.plusDays(1), ScoringOptions.WINDOW_DAYS_DEFAULT);
    Map<String, Long> after = scores();
    for (String id : before.keySet()) {
      assertTrue(Math.abs(before.get(id) - after.get(id)) <= 1,
          id + " moved from " + before.get(id) + " to " + after.get(id));
    }
    assertEquals(16L, count("MATCH (d:DailyScore) RETURN count(d)"));

    var moves = new Leaderboard(neo4j.database()).rising(20, 1, null);
    assertEquals(8, moves.size(), "every account has a score on both days");
    for (var move : moves) {
      assertEquals(day.plusDays(1).toString(), move.today());
      assertEquals(move.now() - move.before(), move.change());
      assertEquals(after.get(idOf(move.handle())).intValue(), move.now());
    }
    for (int i = 1; i < moves.size(); i++) {
      assertTrue(moves.get(i - 1).change() >= moves.get(i).change(), "largest rise first");
    }
  }

  @Test
  void anIdleWeekCostsLessThanThreePoints() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    Map<String, Long> before = scores();
    for (int idle = 1; idle <= 7; idle++) {
      job().run(day.plusDays(idle), ScoringOptions.WINDOW_DAYS_DEFAULT);
    }
    Map<String, Long> after = scores();
    for (String id : before.keySet()) {
      assertTrue(before.get(id) - after.get(id) < 3,
          id + " fell from " + before.get(id) + " to " + after.get(id) + " in an idle week");
    }
    assertEquals(64L, count("MATCH (d:DailyScore) RETURN count(d)"), "8 days of history each");
  }

  @Test
  void anAccountWhoseActivityLeftTheWindowFadesWithoutACliff() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    Map<String, Long> before = scores();
    // a one-day window a week later holds none of the activity: every account is inactive
    job().run(day.plusDays(7), 1);
    Map<String, Long> after = scores();
    int faded = 0;
    for (String id : before.keySet()) {
      long was = before.get(id);
      long now = after.get(id);
      assertTrue(now <= was, id + " rose from " + was + " to " + now + " without activity");
      if (was >= 10) {
        // a week's decay toward 0 at alpha = 0.1: about 0.9^7 = 0.48 of the score remains
        assertTrue(now >= Math.round(0.4 * was), id + " fell from " + was + " to " + now);
        faded++;
      }
    }
    assertTrue(faded > 0, "some account had a score to lose");
    assertEquals(0L, count(CURRENT + "WHERE s.active RETURN count(a)"));
  }

  @Test
  void aRunThatDiesBeforePublishingChangesNothingAnalystsSeeAndTheNextRunClearsIt() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    String published = GraphCounts.scoreChecksum(neo4j.database());
    var topBefore = new Leaderboard(neo4j.database()).top(8);

    // a run that staged every result, each a 99, and died before publishing
    LocalDate next = day.plusDays(1);
    ScoreWriter.writeRun(neo4j.database(), new ScoreWriter.RunRecord("died", next, Instant.EPOCH,
        Instant.EPOCH, Instant.EPOCH, "{}", 0, false), 8);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : scores().keySet()) {
      rows.add(Map.of("accountId", id, "score", 99, "scoreValue", 99.0, "rank", rows.size() + 1,
          "topics", List.of("ai"), "topicScores", List.of(99.0), "topicEngagedPosts", List.of(9)));
    }
    new ModelResultWriter(neo4j.database()).stage("died", next, rows, List.of(), List.of("ai"));
    assertEquals(8L, count("MATCH (s:DailyScore {run: 'died'}) RETURN count(s)"), "staged");

    assertEquals(published, GraphCounts.scoreChecksum(neo4j.database()));
    assertEquals(topBefore, new Leaderboard(neo4j.database()).top(8));
    assertTrue(new Leaderboard(neo4j.database()).topOnTopic(8, "ai", null).stream()
        .noneMatch(e -> e.score() == 99), "the staged topic links are not followed");

    ModelScoringJob.Report report = job().run(next, ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertEquals(0L, count("MATCH (s:DailyScore {run: 'died'}) RETURN count(s)"));
    assertEquals(1L, count("MATCH (r:ScoreRun {id: 'died', status: 'discarded'}) RETURN count(r)"));
    assertEquals(1L, count("MATCH (r:ScoreRun {id: '" + report.runId() + "', current: true}) "
        + "RETURN count(r)"));
    assertEquals(16L, count("MATCH (s:DailyScore) RETURN count(s)"), "two published days");
  }

  @Test
  void onlyAStagedRunCanBePublishedAndABackfillLeavesTheNewestDayCurrent() {
    ModelScoringJob.Report newest = job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    ModelResultWriter writer = new ModelResultWriter(neo4j.database());
    IllegalStateException again = assertThrows(IllegalStateException.class,
        () -> writer.publish(newest.runId(), day, Map.of()));
    assertTrue(again.getMessage().contains("published, not staged"), again.getMessage());
    assertThrows(IllegalStateException.class, () -> writer.publish("no-such-run", day, Map.of()));

    ModelScoringJob.Report backfill = job().run(day.minusDays(3), ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertEquals(newest.runId(), ModelResultWriter.currentRunId(neo4j.database()));
    assertEquals(1L, count("MATCH (r:ScoreRun {id: '" + backfill.runId() + "', status: 'published'}) "
        + "RETURN count(r)"), "the backfilled day is history");
  }

  @Test
  void aQueryThatBeganBeforeTheSwitchReadsTheRunItStartedOnUntilItEnds() throws Exception {
    neo4j.empty();
    Path network = temp.resolve("network");
    SyntheticNetwork.write(GeneratorConfig.builder(400, 7).build(), network);
    new IncrementalLoader(neo4j.database()).load(Dataset.open(network));
    day = ScoringJob.newestActivityDay(neo4j.database());
    String first = job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT).runId();
    String links = "MATCH (:DailyScore {run: $run})-[i:INFLUENTIAL_ON]->(:Topic) "
        + "RETURN count(i) AS n, count(i.engagedPosts) AS withEvidence";
    try (Session analyst = neo4j.database().session();
        Transaction reading = analyst.beginTransaction()) {
      Record before = reading.run(links, Map.of("run", first)).single();
      assertTrue(before.get("n").asLong() > 0, "the first run links accounts to topics");

      CompletableFuture<ModelScoringJob.Report> next =
          CompletableFuture.supplyAsync(() -> job().run(day.plusDays(1), ScoringOptions.WINDOW_DAYS_DEFAULT));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (first.equals(ModelResultWriter.currentRunId(neo4j.database()))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertNotEquals(first, ModelResultWriter.currentRunId(neo4j.database()), "published");
      assertThrows(TimeoutException.class, () -> next.get(2, TimeUnit.SECONDS),
          "the clean up waits for the transaction that began before the switch");
      assertEquals(before, reading.run(links, Map.of("run", first)).single(),
          "the replaced run's topic links are still whole for it");
      reading.commit();
      next.get(1, TimeUnit.MINUTES);
    }
    assertEquals(0L, count("MATCH (:DailyScore {run: '" + first + "'})-[i:INFLUENTIAL_ON]->() "
        + "RETURN count(i)"), "removed once the transaction ended");

    ModelResultWriter writer = new ModelResultWriter(neo4j.database());
    try (Session analyst = neo4j.database().session();
        Transaction reading = analyst.beginTransaction()) {
      reading.run("RETURN 1").consume();
      assertFalse(writer.cleanUp(null, null, Duration.ofMillis(200)), "gives up after the wait");
    }
    assertTrue(writer.cleanUp(null, null, Duration.ofMillis(200)));
  }

  private static String idOf(String handle) {
    try (Session session = neo4j.database().session()) {
      return session.run("MATCH (a:Account {handle: $h}) RETURN a.id AS id", Map.of("h", handle))
          .single().get("id").asString();
    }
  }

  @Test
  void explanationsAndTopicsAreStoredWithTheirEvidence() {
    job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertTrue(count(CURRENT + "UNWIND s.engagers AS e MATCH (:Account {id: e}) RETURN count(*)") > 0,
        "engagers are accounts");
    assertTrue(count(CURRENT + "UNWIND s.posts AS p MATCH (:Post {id: p}) RETURN count(*)") > 0,
        "top posts are posts");
    assertEquals(0L, count(CURRENT + "WHERE a.id IN s.engagers RETURN count(a)"),
        "nobody explains their own score");
    assertEquals(0L, count(CURRENT + "WHERE size(s.engagers) <> size(s.engagerWeights) "
        + "OR size(s.posts) <> size(s.postEngagement) OR size(s.topics) <> size(s.topicScores) "
        + "RETURN count(a)"), "every listed item has its weight");
    assertEquals(0L, count(
        "MATCH (:DailyScore)-[i:INFLUENTIAL_ON]->(:Topic) WHERE i.engagedPosts < 3 RETURN count(i)"),
        "a topic needs at least K engaged posts");
    assertEquals(0L, count("""
        MATCH (a:Account)-[:SCORED]->(:DailyScore)-[:INFLUENTIAL_ON]->(t:Topic)
        WHERE NOT EXISTS { (a)-[:POSTED]->(p:Post) WHERE t.name IN p.topics }
        RETURN count(a)
        """), "no topic without a post on it");
    assertEquals(count(CURRENT + "RETURN sum(size(s.topics))"),
        count("MATCH (:DailyScore)-[i:INFLUENTIAL_ON]->(:Topic) RETURN count(i)"),
        "every topic of the current run is linked to its (:Topic)");
  }

  private Map<String, Long> scores() {
    Map<String, Long> scores = new HashMap<>();
    try (Session session = neo4j.database().session()) {
      session.run(CURRENT + "RETURN a.id AS id, s.score AS score")
          .forEachRemaining(r -> scores.put(r.get("id").asString(), r.get("score").asLong()));
    }
    return scores;
  }

  private static long count(String query) {
    try (Session session = neo4j.database().session()) {
      return session.run(query).single().get(0).asLong();
    }
  }
}
