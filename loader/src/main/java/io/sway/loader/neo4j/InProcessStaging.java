package io.sway.loader.neo4j;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

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
  /** Tries of a batch that keeps losing deadlocks before the staging gives up. */
  private static final int MAX_ATTEMPTS = 5;

  private final GraphDatabaseService database;
  private final String runId;
  private final LocalDate day;
  private final int batchSize;
  private final int threads;

  /**
   * @param threads how many batches are written at once, each in its own transaction
   */
  InProcessStaging(
      GraphDatabaseService database, String runId, LocalDate day, int batchSize, int threads) {
    this.database = database;
    this.runId = runId;
    this.day = day;
    this.batchSize = batchSize;
    this.threads = threads;
  }

  /** Stages {@code (:Account)-[:SCORED]->(:DailyScore)} and its topic links, row by row. */
  void accounts(List<Map<String, Object>> rows) {
    Map<String, String> topicIds = new ConcurrentHashMap<>();
    inBatches(rows, (tx, batch) -> {
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
    });
  }

  /** Stages {@code (:Person)-[:SCORED]->(:PersonDailyScore)}, row by row. */
  void persons(List<Map<String, Object>> rows) {
    inBatches(rows, (tx, batch) -> {
      for (Map<String, Object> row : batch) {
        Node person = tx.findNode(PERSON, "id", row.get("personId"));
        if (person == null) {
          continue;
        }
        Node result = tx.createNode(PERSON_DAILY_SCORE);
        setAll(result, row);
        person.createRelationshipTo(result, SCORED);
      }
    });
  }

  /**
   * Writes {@code rows} in batches of {@link #batchSize}, a transaction each, on up to {@link
   * #threads} threads that claim the next batch in turn. Batches share no account or person, only
   * topics; a batch that loses a deadlock over a topic is rolled back and written again.
   */
  private void inBatches(List<Map<String, Object>> rows,
      BiConsumer<Transaction, List<Map<String, Object>>> write) {
    int batches = (rows.size() + batchSize - 1) / batchSize;
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
        List<Map<String, Object>> batch =
            rows.subList(b * batchSize, Math.min(rows.size(), (b + 1) * batchSize));
        writeWithRetry(batch, write);
      }
    };
    int helpers = Math.min(threads, batches) - 1;
    if (helpers <= 0) {
      worker.run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(helpers);
    try {
      List<Future<?>> others = new ArrayList<>();
      for (int t = 0; t < helpers; t++) {
        others.add(pool.submit(worker));
      }
      try {
        worker.run();
      } catch (RuntimeException e) {
        next.set(batches); // the helpers stop after their current batch
        throw e;
      } finally {
        for (Future<?> other : others) {
          await(other);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while staging", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("staging failed", e.getCause());
    }
  }

  private void writeWithRetry(List<Map<String, Object>> batch,
      BiConsumer<Transaction, List<Map<String, Object>>> write) {
    for (int attempt = 1; ; attempt++) {
      try (Transaction tx = database.beginTx()) {
        write.accept(tx, batch);
        tx.commit();
        return;
      } catch (TransientFailureException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
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
