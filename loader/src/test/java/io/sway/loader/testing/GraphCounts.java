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

  /** A digest of every stored score, to show that a failed command changed none of them. */
  public static String scoreChecksum(SwayDatabase database) {
    try (Session session = database.session()) {
      return session.run(
              """
              MATCH (a:Account) WITH a ORDER BY a.id
              RETURN count(a) AS n,
                     reduce(s = '', x IN collect(a.id + '=' + coalesce(toString(a.score), '-')
                       + '/' + coalesce(toString(a.influence), '-')) | s + x + ';') AS digest
              """)
          .single()
          .get("digest")
          .asString();
    }
  }
}
