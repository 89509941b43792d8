package io.sway.loader.neo4j;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.dataset.Rows;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.neo4j.driver.Session;

/**
 * Loads a validated dataset into an existing database, embedded or remote, over Bolt.
 *
 * <p>Rows go in batches of {@link #BATCH_SIZE_DEFAULT} through one {@code UNWIND $rows} statement
 * per batch, each batch its own transaction. Every statement {@code MERGE}s on the identity of
 * what it writes (ids for nodes; endpoints, and the timestamp for interactions, for
 * relationships), so loading the same files twice changes nothing. Nodes go first, then the
 * relationships between them.
 */
public final class IncrementalLoader {
  /** Rows per transaction. */
  public static final int BATCH_SIZE_DEFAULT = 10_000;

  private static final String MERGE_ACCOUNTS =
      """
      UNWIND $rows AS r
      MERGE (a:Account {id: r.id})
      SET a.network = r.network, a.handle = r.handle, a.createdAt = r.createdAt,
          a.displayName = r.displayName, a.verified = r.verified, a.bio = r.bio
      """;
  private static final String MERGE_OWNERSHIPS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.account})
      MERGE (p:Person {id: r.person})
      MERGE (p)-[:OWNS]->(a)
      """;
  private static final String MERGE_FOLLOWS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.follower})
      MATCH (b:Account {id: r.followee})
      MERGE (a)-[f:FOLLOWS]->(b)
      SET f.since = r.since
      """;
  private static final String MERGE_POSTS =
      """
      UNWIND $rows AS r
      MATCH (author:Account {id: r.author})
      MERGE (p:Post {id: r.id})
      SET p.createdAt = r.createdAt, p.topics = r.topics
      MERGE (author)-[:POSTED]->(p)
      """;
  private static final String MERGE_REPLIES =
      """
      UNWIND $rows AS r
      MATCH (p:Post {id: r.id})
      MATCH (q:Post {id: r.replyTo})
      MERGE (p)-[:REPLY_TO]->(q)
      """;
  private static final String MERGE_POST_INTERACTIONS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.actor})
      MATCH (p:Post {id: r.post})
      MERGE (a)-[:%s {at: r.at}]->(p)
      """;
  private static final String MERGE_ACCOUNT_INTERACTIONS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.actor})
      MATCH (b:Account {id: r.target})
      MERGE (a)-[:%s {at: r.at}]->(b)
      """;

  private final SwayDatabase database;
  private final int batchSize;
  private final LongConsumer progress;

  /**
   * @param progress told the number of rows written after every batch
   */
  public IncrementalLoader(SwayDatabase database, int batchSize, LongConsumer progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    this.database = database;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  public IncrementalLoader(SwayDatabase database) {
    this(database, BATCH_SIZE_DEFAULT, rows -> {});
  }

  /** Total rows a load of {@code dataset} writes, for a progress bar. */
  public static long totalRows(Dataset dataset) {
    long total = 0;
    for (DatasetFile file : DatasetFile.values()) {
      total += dataset.summary().rows(file);
    }
    return total;
  }

  public LoadReport load(Dataset dataset) throws IOException {
    Instant started = Instant.now();
    try (Session session = database.session()) {
      long accounts;
      try (Batches batches = new Batches(session, MERGE_ACCOUNTS)) {
        dataset.forEachAccount(a -> batches.add(accountRow(a)));
        accounts = batches.rows();
      }
      long owns;
      try (Batches batches = new Batches(session, MERGE_OWNERSHIPS)) {
        dataset.forEachOwnership(
            o -> batches.add(Map.of("person", o.personId(), "account", o.accountId())));
        owns = batches.rows();
      }
      long follows;
      try (Batches batches = new Batches(session, MERGE_FOLLOWS)) {
        dataset.forEachFollow(f -> batches.add(followRow(f)));
        follows = batches.rows();
      }
      long posts;
      long replies;
      try (Batches postBatches = new Batches(session, MERGE_POSTS)) {
        dataset.forEachPost(p -> postBatches.add(postRow(p)));
        posts = postBatches.rows();
      }
      try (Batches replyBatches = new Batches(session, MERGE_REPLIES)) {
        dataset.forEachPost(
            p -> {
              if (p.replyTo() != null) {
                replyBatches.add(Map.of("id", p.id(), "replyTo", p.replyTo()));
              }
            });
        replies = replyBatches.rows();
      }
      long interactions = loadInteractions(session, dataset);
      long persons = dataset.personCount();
      return new LoadReport(
          LoadReport.Mode.INCREMENTAL,
          LoadReport.counts(accounts, persons, owns, follows, posts, replies, interactions),
          Duration.between(started, Instant.now()));
    }
  }

  private long loadInteractions(Session session, Dataset dataset) throws IOException {
    Map<String, Batches> byStatement = new HashMap<>();
    try {
      for (InteractionType type : InteractionType.values()) {
        String rel = type.relationshipType();
        byStatement.put(rel + ">Post",
            new Batches(session, MERGE_POST_INTERACTIONS.formatted(rel)));
        byStatement.put(rel + ">Account",
            new Batches(session, MERGE_ACCOUNT_INTERACTIONS.formatted(rel)));
      }
      dataset.forEachInteraction(
          i -> {
            String rel = i.type().relationshipType();
            if (i.postId() != null) {
              byStatement.get(rel + ">Post")
                  .add(Map.of("actor", i.actorId(), "post", i.postId(), "at", dateTime(i.at())));
            } else {
              byStatement.get(rel + ">Account")
                  .add(Map.of("actor", i.actorId(), "target", i.targetAccountId(),
                      "at", dateTime(i.at())));
            }
          });
    } finally {
      for (Batches batches : byStatement.values()) {
        batches.close();
      }
    }
    return byStatement.values().stream().mapToLong(Batches::rows).sum();
  }

  private static Map<String, Object> accountRow(Rows.Account a) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.id());
    row.put("network", a.network());
    row.put("handle", a.handle());
    row.put("createdAt", dateTime(a.createdAt()));
    row.put("displayName", a.displayName());
    row.put("verified", a.verified());
    row.put("bio", a.bio());
    return row;
  }

  private static Map<String, Object> followRow(Rows.Follow f) {
    Map<String, Object> row = new HashMap<>();
    row.put("follower", f.followerId());
    row.put("followee", f.followeeId());
    row.put("since", f.since() == null ? null : dateTime(f.since()));
    return row;
  }

  private static Map<String, Object> postRow(Rows.Post p) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("author", p.authorId());
    row.put("createdAt", dateTime(p.createdAt()));
    row.put("topics", p.topics().isEmpty() ? null : p.topics());
    return row;
  }

  /** Timestamps are stored as Cypher DATETIME values in UTC, as the bulk importer stores them. */
  static OffsetDateTime dateTime(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** Collects rows and sends them as one transaction per full batch. */
  private final class Batches implements AutoCloseable {
    private final Session session;
    private final String statement;
    private List<Map<String, Object>> pending = new ArrayList<>(batchSize);
    private long rows;

    Batches(Session session, String statement) {
      this.session = session;
      this.statement = statement;
    }

    void add(Map<String, Object> row) {
      pending.add(row);
      if (pending.size() >= batchSize) {
        flush();
      }
    }

    long rows() {
      return rows;
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Map<String, Object>> batch = pending;
      session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("rows", batch)).consume());
      rows += batch.size();
      progress.accept(batch.size());
      pending = new ArrayList<>(batchSize);
    }

    @Override
    public void close() {
      flush();
    }
  }
}
