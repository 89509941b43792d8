package io.sway.loader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.testing.InProcessNeo4j;
import io.sway.loader.testing.TestDatasets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

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

  private ModelScoringJob job() {
    return new ModelScoringJob(neo4j.database(), ModelConfig.defaults(), ScoreSmoothing.defaults());
  }

  @Test
  void everyAccountGetsAScoreItsPartsAndAHistoryEntry() {
    ModelScoringJob.Report report = job().run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
    assertEquals(8, report.accounts());
    assertEquals(8L, count("MATCH (a:Account) WHERE a.score IS NOT NULL AND a.reach IS NOT NULL "
        + "AND a.amplification IS NOT NULL AND a.influence IS NOT NULL RETURN count(a)"));
    assertEquals(8L, count("MATCH (:Account)-[:SCORED]->(d:DailyScore {day: date('" + day
        + "')}) RETURN count(d)"));
    assertEquals(0L, count("MATCH (a:Account) WHERE a.score < 0 OR a.score > 99 RETURN count(a)"));
    assertEquals(8L, count("MATCH (a:Account) WHERE 0 <= a.spamProbability <= 1 "
        + "AND a.spam IS NOT NULL AND a.inactive IS NOT NULL AND a.spamReason <> '' "
        + "RETURN count(a)"), "every account carries its spam verdict and the reason");
    assertEquals(0L, count("MATCH (a:Account) WHERE a.active = false AND a.score <> 0 "
        + "RETURN count(a)"), "0 only without activity, and always 0 then");
    assertEquals(1L, count("MATCH (r:ScoreRun {id: '" + report.runId() + "'}) "
        + "WHERE r.params CONTAINS 'amplification' AND r.params CONTAINS 'alpha' "
        + "AND r.params CONTAINS 'coefficients' AND r.params CONTAINS 'seeds' "
        + "AND r.extractSeconds > 0 AND r.computeSeconds > 0 AND r.writeSeconds > 0 "
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
    assertEquals(0L, count("MATCH (a:Account) WHERE a.active RETURN count(a)"));
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
    assertTrue(count("MATCH (:Account)-[e:TOP_ENGAGER]->(:Account) RETURN count(e)") > 0);
    assertTrue(count("MATCH (:Account)-[p:TOP_POST]->(:Post) RETURN count(p)") > 0);
    assertEquals(0L, count("MATCH (a:Account)-[e:TOP_ENGAGER]->(a) RETURN count(e)"),
        "nobody explains their own score");
    assertEquals(0L, count(
        "MATCH (:Account)-[i:INFLUENTIAL_ON]->(:Topic) WHERE i.engagedPosts < 3 RETURN count(i)"),
        "a topic needs at least K engaged posts");
    assertEquals(0L, count("""
        MATCH (a:Account)-[:INFLUENTIAL_ON]->(t:Topic)
        WHERE NOT EXISTS { (a)-[:POSTED]->(p:Post) WHERE t.name IN p.topics }
        RETURN count(a)
        """), "no topic without a post on it");
  }

  private Map<String, Long> scores() {
    Map<String, Long> scores = new HashMap<>();
    try (Session session = neo4j.database().session()) {
      session.run("MATCH (a:Account) RETURN a.id AS id, a.score AS score")
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
