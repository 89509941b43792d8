package io.sway.loader.testing;

import io.sway.loader.neo4j.SwayDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * A canonical text form of the loaded graph (every node with its labels and properties, every
 * relationship with its endpoints' ids and properties, sorted), so two databases can be
 * compared for equality in a test. Score results and run records are left out.
 */
public final class GraphFingerprint {
  private static final String NODES =
      """
      MATCH (n) WHERE NOT (n:ScoreRun OR n:DailyScore OR n:PersonDailyScore)
      RETURN labels(n) AS labels, properties(n) AS props
      """;
  private static final String RELATIONSHIPS =
      """
      MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['SCORED', 'INFLUENTIAL_ON']
      RETURN labels(a)[0] + ':' + a.id AS start, type(r) AS type,
             labels(b)[0] + ':' + b.id AS end, properties(r) AS props
      """;
  private static final List<String> RESULT_PROPERTIES =
      List.of("influence", "score", "scoreRank", "scoreRun");

  private GraphFingerprint() {}

  public static List<String> of(SwayDatabase database) {
    List<String> lines = new ArrayList<>();
    try (Session session = database.session()) {
      session.run(NODES).forEachRemaining(r -> lines.add(
          "node " + r.get("labels").asList(Value::asString) + " " + props(r.get("props"))));
      session.run(RELATIONSHIPS).forEachRemaining(r -> lines.add(
          "rel " + r.get("start").asString() + " -[" + r.get("type").asString() + "]-> "
              + r.get("end").asString() + " " + props(r.get("props"))));
    }
    Collections.sort(lines);
    return lines;
  }

  private static String props(Value value) {
    Map<String, String> sorted = new TreeMap<>();
    for (String key : value.keys()) {
      if (!RESULT_PROPERTIES.contains(key)) {
        sorted.put(key, render(value.get(key)));
      }
    }
    return sorted.toString();
  }

  private static String render(Value value) {
    if (value.hasType(TypeSystem.getDefault().LIST())) {
      return value.asList(GraphFingerprint::render).toString();
    }
    return value.toString();
  }
}
