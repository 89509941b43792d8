package io.sway.loader.neo4j;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Records a run: the {@code (:ScoreRun)} node that says how its results were obtained, created
 * {@code staged} before any result is written ({@link ModelResultWriter} publishes it).
 */
public final class ScoreWriter {
  private ScoreWriter() {}

  private static final String WRITE_RUN =
      """
      CREATE (r:ScoreRun {id: $id})
      SET r.asOf = $asOf, r.windowFrom = $from, r.windowTo = $to, r.startedAt = $startedAt,
          r.stagedAt = datetime(), r.status = 'staged', r.params = $params, r.accounts = $accounts,
          r.iterations = $iterations, r.converged = $converged
      """;

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

  /** Creates the {@code (:ScoreRun)} node of a run about to be staged. */
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

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
