package io.sway.loader.testing;

import io.sway.loader.neo4j.SwayDatabase;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Session;

/** Node counts per label and relationship counts per type, read with Cypher. */
public final class GraphCounts {
  private GraphCounts() {}

  public static Map<String, Long> of(SwayDatabase database) {
    Map<String, Long> counts = new TreeMap<>();
    try (Session session = database.session()) {
      session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
          .forEachRemaining(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
      session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
          .forEachRemaining(r -> counts.put("[" + r.get("type").asString() + "]", r.get("n").asLong()));
    }
    return counts;
  }

  /**
   * A digest of the scores analysts see: the current run's id and every one of its results, to
   * show that a failed command changed none of them.
   */
  public static String scoreChecksum(SwayDatabase database) {
    try (Session session = database.session()) {
      return session.run(
              """
              OPTIONAL MATCH (run:ScoreRun {current: true})
              OPTIONAL MATCH (s:DailyScore {run: run.id})
              WITH coalesce(run.id, '-') AS runId, s ORDER BY s.accountId
              WITH runId, collect(s.accountId + '=' + toString(s.score) + '/'
                       + toString(s.scoreValue) + '/' + toString(s.rank) + '/' + toString(s.spam)) AS results
              RETURN runId + ':' + reduce(d = '', x IN results | d + x + ';') AS digest
              """)
          .single()
          .get("digest")
          .asString();
    }
  }
}
