package io.sway.loader.neo4j;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.neo4j.driver.Session;

/**
 * Writes a run's results next to the graph: the scores onto the {@code Account} nodes in batched
 * transactions, then one {@code (:ScoreRun)} node saying which run produced them.
 */
public final class ScoreWriter {
  /** Accounts per write transaction. */
  public static final int BATCH_SIZE_DEFAULT = 10_000;

  private static final String WRITE_SCORES =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.id})
      SET a.influence = r.influence, a.score = r.score, a.scoreRank = r.rank, a.scoreRun = $run
      """;

  private static final String WRITE_RUN =
      """
      CREATE (r:ScoreRun {id: $id})
      SET r.asOf = $asOf, r.windowFrom = $from, r.windowTo = $to, r.startedAt = $startedAt,
          r.finishedAt = datetime(), r.params = $params, r.accounts = $accounts,
          r.iterations = $iterations, r.converged = $converged
      """;

  private final SwayDatabase database;
  private final int batchSize;
  private final LongConsumer progress;

  public ScoreWriter(SwayDatabase database, int batchSize, LongConsumer progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    this.database = database;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  public ScoreWriter(SwayDatabase database) {
    this(database, BATCH_SIZE_DEFAULT, n -> {});
  }

  /** What the run record says about how the scores were obtained. */
  public record RunRecord(
      String id,
      LocalDate asOf,
      Instant windowFrom,
      Instant windowTo,
      Instant startedAt,
      String paramsJson,
      int iterations,
      boolean converged) {}

  public void write(AccountScores scores, RunRecord run) {
    try (Session session = database.session()) {
      List<Map<String, Object>> batch = new ArrayList<>(batchSize);
      for (int i = 0; i < scores.accountIds().size(); i++) {
        Map<String, Object> row = HashMap.newHashMap(4);
        row.put("id", scores.accountIds().get(i));
        row.put("influence", scores.influence()[i]);
        row.put("score", scores.scores()[i]);
        row.put("rank", scores.ranks()[i]);
        batch.add(row);
        if (batch.size() == batchSize) {
          flush(session, batch, run.id());
          batch = new ArrayList<>(batchSize);
        }
      }
      flush(session, batch, run.id());
    }
    writeRun(database, run, scores.accountIds().size());
  }

  /** Creates the {@code (:ScoreRun)} node that says which run produced the stored scores. */
  public static void writeRun(SwayDatabase database, RunRecord run, int accounts) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", run.id());
    params.put("asOf", run.asOf());
    params.put("from", utc(run.windowFrom()));
    params.put("to", utc(run.windowTo()));
    params.put("startedAt", utc(run.startedAt()));
    params.put("params", run.paramsJson());
    params.put("accounts", accounts);
    params.put("iterations", run.iterations());
    params.put("converged", run.converged());
    try (Session session = database.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(WRITE_RUN, params).consume());
    }
  }

  private void flush(Session session, List<Map<String, Object>> batch, String runId) {
    if (batch.isEmpty()) {
      return;
    }
    session.executeWriteWithoutResult(
        tx -> tx.run(WRITE_SCORES, Map.of("rows", batch, "run", runId)).consume());
    progress.accept(batch.size());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
