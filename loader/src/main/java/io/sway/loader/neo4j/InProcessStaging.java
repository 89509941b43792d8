package io.sway.loader.neo4j;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Stages a run's results through the embedded database's own API, for the same graph as {@link
 * ModelResultWriter}'s Cypher statements write over Bolt, without Bolt and Cypher in between:
 * per row, one account look-up by its unique id, one node, its properties and relationships.
 * Lists become arrays, as Cypher stores them.
 */
final class InProcessStaging {
  private static final Label ACCOUNT = Label.label("Account");
  private static final Label PERSON = Label.label("Person");
  private static final Label TOPIC = Label.label("Topic");
  private static final Label DAILY_SCORE = Label.label("DailyScore");
  private static final Label PERSON_DAILY_SCORE = Label.label("PersonDailyScore");
  private static final RelationshipType SCORED = RelationshipType.withName("SCORED");
  private static final RelationshipType INFLUENTIAL_ON = RelationshipType.withName("INFLUENTIAL_ON");

  private final GraphDatabaseService database;
  private final String runId;
  private final LocalDate day;
  private final int batchSize;

  InProcessStaging(GraphDatabaseService database, String runId, LocalDate day, int batchSize) {
    this.database = database;
    this.runId = runId;
    this.day = day;
    this.batchSize = batchSize;
  }

  /** Stages {@code (:Account)-[:SCORED]->(:DailyScore)} and its topic links, row by row. */
  void accounts(List<Map<String, Object>> rows) {
    Map<String, String> topicIds = new HashMap<>();
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      try (Transaction tx = database.beginTx()) {
        Map<String, Node> topics = new HashMap<>();
        for (Map<String, Object> row : batch) {
          Node account = tx.findNode(ACCOUNT, "id", row.get("accountId"));
          if (account == null) {
            continue; // as the Cypher MATCH: an account deleted since the extract gets no result
          }
          Node result = tx.createNode(DAILY_SCORE);
          setAll(result, row);
          account.createRelationshipTo(result, SCORED);
          List<?> names = (List<?>) row.get("topics");
          List<?> scores = (List<?>) row.get("topicScores");
          List<?> engagedPosts = (List<?>) row.get("topicEngagedPosts");
          for (int k = 0; k < names.size(); k++) {
            String name = (String) names.get(k);
            Node topic = topics.computeIfAbsent(name, n -> topic(tx, n, topicIds));
            var link = result.createRelationshipTo(topic, INFLUENTIAL_ON);
            link.setProperty("score", storable(scores.get(k)));
            link.setProperty("engagedPosts", storable(engagedPosts.get(k)));
          }
        }
        tx.commit();
      }
    }
  }

  /** Stages {@code (:Person)-[:SCORED]->(:PersonDailyScore)}, row by row. */
  void persons(List<Map<String, Object>> rows) {
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      try (Transaction tx = database.beginTx()) {
        for (Map<String, Object> row : batch) {
          Node person = tx.findNode(PERSON, "id", row.get("personId"));
          if (person == null) {
            continue;
          }
          Node result = tx.createNode(PERSON_DAILY_SCORE);
          setAll(result, row);
          person.createRelationshipTo(result, SCORED);
        }
        tx.commit();
      }
    }
  }

  private static Node topic(Transaction tx, String name, Map<String, String> ids) {
    String id = ids.get(name);
    if (id != null) {
      return tx.getNodeByElementId(id);
    }
    Node topic = tx.findNode(TOPIC, "name", name);
    if (topic == null) {
      throw new IllegalStateException("topic '" + name + "' was not created before staging");
    }
    ids.put(name, topic.getElementId());
    return topic;
  }

  private void setAll(Node node, Map<String, Object> row) {
    for (Map.Entry<String, Object> property : row.entrySet()) {
      if (property.getValue() != null) {
        node.setProperty(property.getKey(), storable(property.getValue()));
      }
    }
    node.setProperty("run", runId);
    node.setProperty("day", day);
  }

  /** What Cypher would store for a driver value: integers as longs, lists as arrays. */
  private static Object storable(Object value) {
    return switch (value) {
      case Integer i -> i.longValue();
      case List<?> list when list.isEmpty() -> new String[0];
      case List<?> list when list.getFirst() instanceof String -> list.toArray(new String[0]);
      case List<?> list when list.getFirst() instanceof Double ->
          list.stream().mapToDouble(v -> (Double) v).toArray();
      case List<?> list when list.getFirst() instanceof Integer || list.getFirst() instanceof Long ->
          list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
      case List<?> list -> throw new IllegalArgumentException("cannot store a list of " + list.getFirst().getClass());
      default -> value;
    };
  }
}
