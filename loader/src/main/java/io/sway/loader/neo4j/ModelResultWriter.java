package io.sway.loader.neo4j;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Writes a model run next to the graph, in batched {@code UNWIND} transactions:
 *
 * <ul>
 *   <li>on each {@code (:Account)}: the score and its parts, the run and day they belong to;
 *   <li>{@code (:Account)-[:SCORED]->(:DailyScore {day})}: one history node per account and day
 *       (a re-run of the same day replaces it);
 *   <li>{@code (:Account)-[:TOP_ENGAGER {rank, weight}]->(:Account)} and {@code
 *       (:Account)-[:TOP_POST {rank, engagement}]->(:Post)}: the explanation of the latest run;
 *   <li>{@code (:Account)-[:INFLUENTIAL_ON {score, engagedPosts}]->(:Topic {name})}: topics with
 *       evidence in the latest run;
 *   <li>{@code (:Person)}: the person's combined score, and a {@code (:PersonDailyScore)} per day.
 * </ul>
 */
public final class ModelResultWriter {
  /** Rows per write transaction. */
  public static final int BATCH_SIZE_DEFAULT = 5_000;

  private static final String WRITE_ACCOUNTS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.id})
      SET a.score = r.points, a.scoreValue = r.score, a.audience = r.audience,
          a.rawScore = r.rawScore, a.reach = r.reach,
          a.amplification = r.amplification, a.influence = r.influence,
          a.reachPoints = r.reachPoints, a.amplificationPoints = r.amplificationPoints,
          a.influencePoints = r.influencePoints, a.active = r.active, a.scoreRank = r.rank,
          a.spamProbability = r.spamProbability, a.spam = r.spam, a.inactive = r.inactive,
          a.spamReason = r.spamReason,
          a.scoreRun = $run, a.scoreDay = $day, a.topics = r.topics
      MERGE (d:DailyScore {accountId: r.id, day: $day})
      SET d.score = r.points, d.scoreValue = r.score, d.rawScore = r.rawScore,
          d.audience = r.audience, d.reach = r.reach,
          d.amplification = r.amplification, d.influence = r.influence, d.run = $run
      MERGE (a)-[:SCORED]->(d)
      WITH a, r
      CALL (a) {
        OPTIONAL MATCH (a)-[old:TOP_ENGAGER|TOP_POST|INFLUENTIAL_ON]->()
        DELETE old
      }
      CALL (a, r) {
        UNWIND r.engagers AS e
        MATCH (fan:Account {id: e.id})
        CREATE (a)-[:TOP_ENGAGER {rank: e.rank, weight: e.weight}]->(fan)
      }
      CALL (a, r) {
        UNWIND r.posts AS p
        MATCH (post:Post {id: p.id})
        CREATE (a)-[:TOP_POST {rank: p.rank, engagement: p.engagement}]->(post)
      }
      CALL (a, r) {
        UNWIND r.topicScores AS t
        MERGE (topic:Topic {name: t.name})
        CREATE (a)-[:INFLUENTIAL_ON {score: t.score, engagedPosts: t.engagedPosts}]->(topic)
      }
      """;

  private static final String WRITE_PERSONS =
      """
      UNWIND $rows AS r
      MATCH (p:Person {id: r.id})
      SET p.score = r.points, p.scoreValue = r.score, p.audience = r.audience, p.scoreRun = $run
      MERGE (d:PersonDailyScore {personId: r.id, day: $day})
      SET d.score = r.points, d.scoreValue = r.score, d.audience = r.audience, d.run = $run
      MERGE (p)-[:SCORED]->(d)
      """;

  private static final String PRUNE_HISTORY =
      "MATCH (d:DailyScore) WHERE d.day < $before CALL (d) { DETACH DELETE d } IN TRANSACTIONS";

  private static final String PRUNE_PERSON_HISTORY =
      "MATCH (d:PersonDailyScore) WHERE d.day < $before CALL (d) { DETACH DELETE d } IN TRANSACTIONS";

  private final SwayDatabase database;
  private final int batchSize;

  public ModelResultWriter(SwayDatabase database) {
    this(database, BATCH_SIZE_DEFAULT);
  }

  public ModelResultWriter(SwayDatabase database, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    this.database = database;
    this.batchSize = batchSize;
  }

  /** Writes per-account rows (built by the scoring job) and per-person rows. */
  public void write(String runId, LocalDate day, List<Map<String, Object>> accounts,
      List<Map<String, Object>> persons) {
    try (Session session = database.session()) {
      writeBatches(session, WRITE_ACCOUNTS, accounts, runId, day);
      writeBatches(session, WRITE_PERSONS, persons, runId, day);
    }
  }

  /** Deletes history older than {@code before}. */
  public void pruneHistory(LocalDate before) {
    try (Session session = database.session()) {
      session.run(PRUNE_HISTORY, Map.of("before", before)).consume();
      session.run(PRUNE_PERSON_HISTORY, Map.of("before", before)).consume();
    }
  }

  private void writeBatches(Session session, String statement, List<Map<String, Object>> rows,
      String runId, LocalDate day) {
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> batch =
          new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + batchSize)));
      Map<String, Object> params = new HashMap<>();
      params.put("rows", batch);
      params.put("run", runId);
      params.put("day", day);
      session.executeWriteWithoutResult(tx -> tx.run(statement, params).consume());
    }
  }
}
