package io.sway.loader.neo4j;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Publishes a model run atomically: its results are first staged under the run's id, then made
 * current in one small transaction, so an analyst's query sees either the previous run or the new
 * one, never part of each.
 *
 * <p>What a run writes, all of it keyed by the run id:
 *
 * <ul>
 *   <li>{@code (:ScoreRun {id, status})}: {@code staged} while results are written, {@code
 *       published} once switched in (the latest published run also has {@code current: true}),
 *       {@code discarded} for a run that was replaced on the same day or never finished;
 *   <li>{@code (:Account)-[:SCORED]->(:DailyScore {accountId, run, day})}: the score, its parts,
 *       the spam verdict, the explanation (top engagers and posts, as id lists) and the topics;
 *   <li>{@code (:DailyScore)-[:INFLUENTIAL_ON {score, engagedPosts}]->(:Topic {name})}: topics with
 *       evidence, kept for the current run only (older days keep them as lists);
 *   <li>{@code (:Person)-[:SCORED]->(:PersonDailyScore {personId, run, day})}.
 * </ul>
 *
 * <p>Readers find the current run with {@code MATCH (run:ScoreRun {current: true})} and its
 * results by {@code run.id}; the day's history is the published run of each day. Staging happens
 * in batches of {@link #BATCH_SIZE_DEFAULT} rows per transaction; a crash leaves a staged run that
 * no reader follows, and the next run's {@link #cleanUp} removes it. What a publication retires
 * (the replaced run of the same day, the previous run's topic links) is removed only once the
 * queries that might still read it have ended. Topic names are vocabulary, not results: they are
 * created before staging and never removed.
 */
public final class ModelResultWriter {
  /** How long {@link #cleanUp} waits for queries that began before a publication. */
  public static final Duration READER_WAIT_DEFAULT = Duration.ofMinutes(10);
  /** How often {@link #cleanUp} looks again at the transactions it waits for. */
  private static final Duration READER_POLL = Duration.ofMillis(50);

  /** Rows per staging transaction. */
  public static final int BATCH_SIZE_DEFAULT = 10_000;

  /** The status of a run whose results are being written, invisible to readers. */
  public static final String STAGED = "staged";
  /** The status of a run that is, or was, the day's result. */
  public static final String PUBLISHED = "published";
  /** The status of a run replaced on the same day, or abandoned before it was published. */
  public static final String DISCARDED = "discarded";

  private static final String CREATE_TOPICS = "UNWIND $names AS name MERGE (:Topic {name: name})";

  private static final String STAGE_ACCOUNTS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.accountId})
      CREATE (a)-[:SCORED]->(d:DailyScore)
      SET d = r, d.run = $run, d.day = $day
      WITH d, r
      WHERE size(r.topics) > 0
      CALL (d, r) {
        UNWIND range(0, size(r.topics) - 1) AS k
        MATCH (t:Topic {name: r.topics[k]})
        CREATE (d)-[:INFLUENTIAL_ON {score: r.topicScores[k], engagedPosts: r.topicEngagedPosts[k]}]->(t)
      }
      """;

  private static final String STAGE_PERSONS =
      """
      UNWIND $rows AS r
      MATCH (p:Person {id: r.personId})
      CREATE (p)-[:SCORED]->(d:PersonDailyScore)
      SET d = r, d.run = $run, d.day = $day
      """;

  private static final String CURRENT_RUN =
      "MATCH (r:ScoreRun {current: true}) RETURN r.id AS id, r.asOf AS day";

  private static final String CHECK_STAGED =
      "MATCH (r:ScoreRun {id: $run}) RETURN r.status AS status";
  private static final String RETIRE_CURRENT =
      "MATCH (r:ScoreRun {current: true}) REMOVE r.current";
  private static final String RETIRE_SAME_DAY =
      """
      MATCH (r:ScoreRun {asOf: $day})
      WHERE r.status = 'published' AND r.id <> $run
      SET r.status = 'discarded', r.discardedAt = datetime()
      """;
  private static final String MAKE_PUBLISHED =
      """
      MATCH (r:ScoreRun {id: $run})
      SET r.status = 'published', r.publishedAt = datetime(), r.topicLinks = true
      """;
  private static final String MAKE_CURRENT = "MATCH (r:ScoreRun {id: $run}) SET r.current = true";

  private static final String LEFT_STAGED =
      "MATCH (r:ScoreRun {status: 'staged'}) WHERE r.id <> $keep RETURN r.id AS id";
  private static final String DISCARDED_NOT_CLEARED =
      "MATCH (r:ScoreRun {status: 'discarded'}) WHERE r.cleared IS NULL RETURN r.id AS id";
  private static final String OPEN_TRANSACTIONS =
      "SHOW TRANSACTIONS YIELD transactionId RETURN transactionId AS id";
  private static final String ABANDON =
      """
      MATCH (r:ScoreRun {id: $run}) WHERE r.status = 'staged'
      SET r.status = 'discarded', r.discardedAt = datetime()
      """;
  private static final String DELETE_RUN_ACCOUNTS =
      """
      MATCH (d:DailyScore {run: $run})
      CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS
      """;
  private static final String DELETE_RUN_PERSONS =
      """
      MATCH (d:PersonDailyScore {run: $run})
      CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS
      """;
  private static final String MARK_CLEARED = "MATCH (r:ScoreRun {id: $run}) SET r.cleared = true";

  private static final String RUNS_WITH_OLD_TOPIC_LINKS =
      """
      MATCH (r:ScoreRun {status: 'published'})
      WHERE r.topicLinks = true AND r.current IS NULL
      RETURN r.id AS id
      """;
  private static final String DELETE_TOPIC_LINKS =
      """
      MATCH (:DailyScore {run: $run})-[i:INFLUENTIAL_ON]->(:Topic)
      CALL (i) { DELETE i } IN TRANSACTIONS OF 10000 ROWS
      """;
  private static final String TOPIC_LINKS_DELETED =
      "MATCH (r:ScoreRun {id: $run}) SET r.topicLinks = false";

  private static final String PRUNE_HISTORY =
      """
      MATCH (d:DailyScore) WHERE d.day < $before
      CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS
      """;
  private static final String PRUNE_PERSON_HISTORY =
      """
      MATCH (d:PersonDailyScore) WHERE d.day < $before
      CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 10000 ROWS
      """;

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

  /** The run analysts see now, if any run was ever published. */
  public record CurrentRun(String id, LocalDate day) {}

  /** The current run, read in its own transaction. */
  public static Optional<CurrentRun> currentRun(SwayDatabase database) {
    try (Session session = database.session()) {
      return session.executeRead(tx -> {
        var result = tx.run(CURRENT_RUN);
        if (!result.hasNext()) {
          return Optional.<CurrentRun>empty();
        }
        var record = result.single();
        return Optional.of(new CurrentRun(record.get("id").asString(), record.get("day").asLocalDate()));
      });
    }
  }

  /** The id of the current run, or {@code null} before any run was published. */
  public static String currentRunId(SwayDatabase database) {
    return currentRun(database).map(CurrentRun::id).orElse(null);
  }

  /**
   * Writes a staged run's per-account rows (built by the scoring job) and per-person rows, keyed
   * by {@code runId}, which must already be recorded as {@link #STAGED}. Readers don't see them
   * until {@link #publish}.
   */
  public void stage(String runId, LocalDate day, List<Map<String, Object>> accounts,
      List<Map<String, Object>> persons, Collection<String> topicNames) {
    try (Session session = database.session()) {
      session.executeWriteWithoutResult(
          tx -> tx.run(CREATE_TOPICS, Map.of("names", List.copyOf(topicNames))).consume());
      if (database.embedded().isPresent()) {
        InProcessStaging staging =
            new InProcessStaging(database.embedded().get().database(), runId, day, batchSize);
        staging.accounts(accounts);
        staging.persons(persons);
      } else {
        writeBatches(session, STAGE_ACCOUNTS, accounts, runId, day);
        writeBatches(session, STAGE_PERSONS, persons, runId, day);
      }
    }
  }

  /**
   * Publishes the staged run, in one transaction: an earlier run of the same day is discarded, and
   * the run becomes current unless the current run is of a later day (a backfilled day is history
   * only). The previous current run stays as history.
   *
   * @param changes properties to set on the run record in the same transaction (e.g. phase times)
   * @throws IllegalStateException when {@code runId} is not a staged run
   */
  public void publish(String runId, LocalDate day, Map<String, Object> changes) {
    try (Session session = database.session()) {
      session.executeWriteWithoutResult(tx -> {
        requireStaged(tx, runId);
        List<LocalDate> current = tx.run(CURRENT_RUN).list(r -> r.get("day").asLocalDate());
        boolean takesOver = current.isEmpty() || !current.getFirst().isAfter(day);
        tx.run(RETIRE_SAME_DAY, Map.of("run", runId, "day", day)).consume();
        tx.run(MAKE_PUBLISHED, Map.of("run", runId)).consume();
        if (takesOver) {
          tx.run(RETIRE_CURRENT).consume();
          tx.run(MAKE_CURRENT, Map.of("run", runId)).consume();
        }
        tx.run("MATCH (r:ScoreRun {id: $run}) SET r += $changes",
            Map.of("run", runId, "changes", changes)).consume();
      });
    }
  }

  private static void requireStaged(TransactionContext tx, String runId) {
    var result = tx.run(CHECK_STAGED, Map.of("run", runId));
    String status = result.hasNext() ? result.single().get("status").asString(null) : null;
    if (!STAGED.equals(status)) {
      throw new IllegalStateException(
          "run " + runId + " cannot be published: its status is " + status + ", not staged");
    }
  }

  /**
   * Removes what readers no longer follow, in batches: the results of staged runs other than
   * {@code keepRunId} (left by a crash), then, once every transaction that was open when this
   * call began has ended, the results of discarded runs, the topic links of runs that are no
   * longer current and history older than {@code historyBefore}. Call it after {@link #publish}:
   * a query that began before the switch may still be reading the run it replaced, and under
   * read-committed isolation it would see that run's rows vanish under it. Safe to interrupt: a
   * later call goes on where this one stopped.
   *
   * @param keepRunId a run being staged now, or {@code null}
   * @param readerWait how long to wait for earlier transactions; when some still run after it, the
   *     retired results are left for the next call
   * @return whether the retired results were removed (false: an earlier transaction outlived
   *     {@code readerWait})
   */
  public boolean cleanUp(String keepRunId, LocalDate historyBefore, Duration readerWait) {
    try (Session session = database.session()) {
      Set<String> earlier = openTransactions(session);
      for (String run : ids(session, LEFT_STAGED, Map.of("keep", keepRunId == null ? "" : keepRunId))) {
        session.run(ABANDON, Map.of("run", run)).consume();
        clear(session, run);
      }
      if (!awaitEnd(session, earlier, readerWait)) {
        return false;
      }
      for (String run : ids(session, DISCARDED_NOT_CLEARED, Map.of())) {
        clear(session, run);
      }
      for (String run : ids(session, RUNS_WITH_OLD_TOPIC_LINKS, Map.of())) {
        session.run(DELETE_TOPIC_LINKS, Map.of("run", run)).consume();
        session.run(TOPIC_LINKS_DELETED, Map.of("run", run)).consume();
      }
      if (historyBefore != null) {
        session.run(PRUNE_HISTORY, Map.of("before", historyBefore)).consume();
        session.run(PRUNE_PERSON_HISTORY, Map.of("before", historyBefore)).consume();
      }
      return true;
    }
  }

  private static void clear(Session session, String run) {
    session.run(DELETE_RUN_ACCOUNTS, Map.of("run", run)).consume();
    session.run(DELETE_RUN_PERSONS, Map.of("run", run)).consume();
    session.run(MARK_CLEARED, Map.of("run", run)).consume();
  }

  private static Set<String> openTransactions(Session session) {
    return Set.copyOf(session.run(OPEN_TRANSACTIONS).list(r -> r.get("id").asString()));
  }

  /** Waits until none of {@code transactions} is open any more, or {@code wait} has passed. */
  private static boolean awaitEnd(Session session, Set<String> transactions, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Set<String> open = new HashSet<>(openTransactions(session));
      open.retainAll(transactions);
      if (open.isEmpty()) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(READER_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private static List<String> ids(Session session, String query, Map<String, Object> params) {
    return session.executeRead(tx -> tx.run(query, params).list(r -> r.get("id").asString()));
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
