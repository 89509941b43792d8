package io.sway.loader.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.testing.TestDatasets;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * A run staged through the embedded database's own API writes exactly what the Cypher statements
 * write over Bolt: the same nodes, properties and relationships, run for run.
 */
class InProcessStagingIT {
  @TempDir Path temp;

  @Test
  void bothWaysOfStagingWriteTheSameResults() throws Exception {
    Path home = temp.resolve("db");
    try (SwayDatabase inProcess = SwayDatabase.connect(ConnectionSettings.embedded(home))) {
      assertTrue(inProcess.embedded().isPresent());
      new IncrementalLoader(inProcess).load(Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp)));
      LocalDate day = LocalDate.parse("2026-06-30");
      List<String> accounts = new ArrayList<>();
      try (Session session = inProcess.session()) {
        session.run("MATCH (a:Account) RETURN a.id AS id ORDER BY id")
            .forEachRemaining(r -> accounts.add(r.get("id").asString()));
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < accounts.size(); i++) {
        Map<String, Object> row = new HashMap<>();
        row.put("accountId", accounts.get(i));
        row.put("score", 10 * i);
        row.put("scoreValue", 10.25 * i);
        row.put("spam", i % 2 == 0);
        row.put("spamReason", i % 3 == 0 ? null : "reason " + i);
        row.put("topics", i % 2 == 0 ? List.of() : List.of("cars", "ai"));
        row.put("topicScores", i % 2 == 0 ? List.of() : List.of(41.5, 12.0));
        row.put("topicEngagedPosts", i % 2 == 0 ? List.of() : List.of(3, 7));
        row.put("engagers", List.of(accounts.get((i + 1) % accounts.size())));
        row.put("engagerWeights", List.of(0.5 * i));
        rows.add(row);
      }
      List<Map<String, Object>> persons = List.of(
          Map.of("personId", firstPerson(inProcess), "score", 5, "scoreValue", 4.75, "audience", 2.5));
      Set<String> topics = Set.of("cars", "ai");

      for (String run : List.of("in-process", "over-bolt")) {
        ScoreWriter.writeRun(inProcess, new ScoreWriter.RunRecord(run, day, Instant.EPOCH,
            Instant.EPOCH, Instant.EPOCH, "{}", 0, true), accounts.size());
      }
      new ModelResultWriter(inProcess, 3).stage("in-process", day, rows, persons, topics);
      URI bolt = inProcess.embedded().get().boltUri();
      try (SwayDatabase overBolt = SwayDatabase.connect(
          new ConnectionSettings(bolt, null, null, home, EmbeddedNeo4j.DEFAULT_DATABASE))) {
        assertTrue(overBolt.embedded().isEmpty());
        new ModelResultWriter(overBolt, 3).stage("over-bolt", day, rows, persons, topics);
      }

      List<String> written = results(inProcess, "in-process");
      assertEquals(accounts.size() + 1, written.size());
      assertTrue(written.toString().contains("[ai=12.0/7, cars=41.5/3]"), written.toString());
      assertEquals(results(inProcess, "over-bolt"), written);
    }
  }

  private static String firstPerson(SwayDatabase database) {
    try (Session session = database.session()) {
      return session.run("MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 1").single()
          .get("id").asString();
    }
  }

  /**
   * Each result of the run, with every property (and its type) but the run id, and its topic
   * links; the person's result last.
   */
  private static List<String> results(SwayDatabase database, String runId) {
    List<String> lines = new ArrayList<>();
    try (Session session = database.session()) {
      session.run("""
              MATCH (a:Account)-[:SCORED]->(s:DailyScore {run: $run})
              RETURN a.id AS id, properties(s) AS props,
                     COLLECT { MATCH (s)-[i:INFLUENTIAL_ON]->(t:Topic)
                               RETURN t.name + '=' + toString(i.score) + '/' + toString(i.engagedPosts)
                               ORDER BY t.name } AS topics
              ORDER BY id
              """, Map.of("run", runId))
          .forEachRemaining(r -> {
            lines.add(r.get("id").asString() + " " + typed(r.get("props").asMap()) + " "
                + r.get("topics").asList());
          });
      session.run("MATCH (:Person)-[:SCORED]->(s:PersonDailyScore {run: $run}) RETURN properties(s) AS props",
              Map.of("run", runId))
          .forEachRemaining(r -> lines.add("person " + typed(r.get("props").asMap())));
    }
    return lines;
  }

  private static String typed(Map<String, Object> properties) {
    Map<String, String> typed = new TreeMap<>();
    properties.forEach((key, value) -> typed.put(key, value + " (" + value.getClass().getSimpleName() + ")"));
    typed.remove("run");
    return typed.toString();
  }
}
