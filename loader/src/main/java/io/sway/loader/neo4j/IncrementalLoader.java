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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Loads a validated dataset into an existing database, embedded or remote, over Bolt, as one
 * transaction.
 *
 * <p>Atomicity: every statement of a load runs in a single explicit transaction that commits
 * only after the last row, so a load that fails, or a process killed at any point, leaves the
 * database exactly as it was; Neo4j's recovery discards an uncommitted transaction. Every
 * statement {@code MERGE}s on the identity of what it writes (ids for nodes; endpoints, and the
 * timestamp for interactions, for relationships), so running the same load again finishes the
 * job, and loading the same files twice changes nothing. The price is memory on the server: the
 * whole load is held as transaction state until it commits. The embedded DBMS lifts Neo4j's
 * transaction memory limit (the JVM's heap is the bound); a server that refuses gets a message
 * naming its setting.
 *
 * <p>Speed: rows go in batches of {@link #BATCH_SIZE_DEFAULT} through one {@code UNWIND $rows}
 * statement per batch, each row a list, not a map. Nodes go first and each batch returns the
 * internal ids of the nodes it merged; relationships then find their endpoints by those ids
 * (valid for the whole transaction) instead of by two index seeks per row. Every endpoint a
 * relationship names is in the dataset's own files (validation checks this), so it was merged
 * earlier in the same load.
 */
public final class IncrementalLoader {
  /** Rows per statement. */
  public static final int BATCH_SIZE_DEFAULT = 10_000;

  /** The server settings that bound a transaction's memory, named when a server refuses a load. */
  static final String MEMORY_SETTINGS = "dbms.memory.transaction.total.max"
      + " (and db.memory.transaction.max, db.memory.transaction.total.max)";

  private static final String MERGE_ACCOUNTS =
      """
      UNWIND $rows AS r
      MERGE (a:Account {id: r[0]})
      SET a.network = r[1], a.handle = r[2], a.createdAt = r[3],
          a.displayName = r[4], a.verified = r[5], a.bio = r[6]
      RETURN r[7] AS i, id(a) AS node
      """;
  private static final String MERGE_OWNERSHIPS =
      """
      UNWIND $rows AS r
      MATCH (a) WHERE id(a) = r[1]
      MERGE (p:Person {id: r[0]})
      MERGE (p)-[:OWNS]->(a)
      """;
  private static final String MERGE_FOLLOWS =
      """
      UNWIND $rows AS r
      MATCH (a) WHERE id(a) = r[0]
      MATCH (b) WHERE id(b) = r[1]
      MERGE (a)-[f:FOLLOWS]->(b)
      SET f.since = r[2]
      """;
  private static final String MERGE_POSTS =
      """
      UNWIND $rows AS r
      MATCH (author) WHERE id(author) = r[0]
      MERGE (p:Post {id: r[1]})
      SET p.createdAt = r[2], p.topics = r[3]
      MERGE (author)-[:POSTED]->(p)
      RETURN r[4] AS i, id(p) AS node
      """;
  private static final String MERGE_REPLIES =
      """
      UNWIND $rows AS r
      MATCH (p) WHERE id(p) = r[0]
      MATCH (q) WHERE id(q) = r[1]
      MERGE (p)-[:REPLY_TO]->(q)
      """;
  private static final String MERGE_INTERACTIONS =
      """
      UNWIND $rows AS r
      MATCH (a) WHERE id(a) = r[0]
      MATCH (b) WHERE id(b) = r[1]
      MERGE (a)-[:%s {at: r[2]}]->(b)
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

  /**
   * Loads {@code dataset} in one transaction: on any exception nothing of it is in the database.
   *
   * @throws Neo4jUnavailableException when the server refuses the transaction's memory
   */
  public LoadReport load(Dataset dataset) throws IOException {
    Instant started = Instant.now();
    try (Session session = database.session(AccessMode.WRITE, batchSize);
        Transaction tx = session.beginTransaction()) {
      Map<String, Long> counts = loadInto(tx, dataset);
      tx.commit();
      return new LoadReport(
          LoadReport.Mode.INCREMENTAL, counts, Duration.between(started, Instant.now()));
    } catch (Neo4jException e) {
      throw refusedForMemory(e) ? tooLarge(e) : e;
    }
  }

  private Map<String, Long> loadInto(Transaction tx, Dataset dataset) throws IOException {
    long[] accountNodes = new long[dataset.accountCount()];
    long accounts = send(tx, MERGE_ACCOUNTS, accountNodes, batches ->
        dataset.forEachAccount(a -> batches.add(accountRow(a, dataset.accountIndex(a.id())))));
    long owns = send(tx, MERGE_OWNERSHIPS, null, batches ->
        dataset.forEachOwnership(o -> batches.add(
            List.of(o.personId(), accountNodes[dataset.accountIndex(o.accountId())]))));
    long follows = send(tx, MERGE_FOLLOWS, null, batches ->
        dataset.forEachFollow(f -> batches.add(Arrays.asList(
            accountNodes[dataset.accountIndex(f.followerId())],
            accountNodes[dataset.accountIndex(f.followeeId())],
            f.since() == null ? null : dateTime(f.since())))));
    long[] postNodes = new long[dataset.postCount()];
    long posts = send(tx, MERGE_POSTS, postNodes, batches ->
        dataset.forEachPost(p -> batches.add(Arrays.asList(
            accountNodes[dataset.accountIndex(p.authorId())], p.id(), dateTime(p.createdAt()),
            p.topics().isEmpty() ? null : p.topics(), dataset.postIndex(p.id())))));
    long replies = send(tx, MERGE_REPLIES, null, batches ->
        dataset.forEachPost(p -> {
          if (p.replyTo() != null) {
            batches.add(List.of(postNodes[dataset.postIndex(p.id())],
                postNodes[dataset.postIndex(p.replyTo())]));
          }
        }));
    long interactions = loadInteractions(tx, dataset, accountNodes, postNodes);
    return LoadReport.counts(
        accounts, dataset.personCount(), owns, follows, posts, replies, interactions);
  }

  /** What fills one statement's batches. */
  @FunctionalInterface
  private interface RowSource {
    void rows(Batches batches) throws IOException;
  }

  /** Sends every row {@code source} gives through {@code statement}; returns the rows sent. */
  private long send(Transaction tx, String statement, long[] nodes, RowSource source)
      throws IOException {
    Batches batches = new Batches(tx, statement, nodes);
    source.rows(batches);
    batches.close();
    return batches.rows();
  }

  private long loadInteractions(
      Transaction tx, Dataset dataset, long[] accountNodes, long[] postNodes) throws IOException {
    Map<InteractionType, Batches> byType = new EnumMap<>(InteractionType.class);
    try {
      for (InteractionType type : InteractionType.values()) {
        byType.put(type,
            new Batches(tx, MERGE_INTERACTIONS.formatted(type.relationshipType()), null));
      }
      dataset.forEachInteraction(
          i -> {
            long actor = accountNodes[dataset.accountIndex(i.actorId())];
            long target = i.postId() != null
                ? postNodes[dataset.postIndex(i.postId())]
                : accountNodes[dataset.accountIndex(i.targetAccountId())];
            byType.get(i.type()).add(List.of(actor, target, dateTime(i.at())));
          });
    } finally {
      for (Batches batches : byType.values()) {
        batches.close();
      }
    }
    return byType.values().stream().mapToLong(Batches::rows).sum();
  }

  private static List<Object> accountRow(Rows.Account a, int index) {
    return Arrays.asList(a.id(), a.network(), a.handle(), dateTime(a.createdAt()),
        a.displayName(), a.verified(), a.bio(), index);
  }

  /** Timestamps are stored as Cypher DATETIME values in UTC, as the bulk importer stores them. */
  static OffsetDateTime dateTime(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static boolean refusedForMemory(Neo4jException e) {
    String code = e.code() == null ? "" : e.code();
    return code.contains("MemoryPoolOutOfMemoryError") || code.contains("TransactionMemoryLimit");
  }

  private static Neo4jUnavailableException tooLarge(Neo4jException e) {
    return new Neo4jUnavailableException(
        "Neo4j refused the load: it runs as one transaction (so that it is all or nothing) and "
            + "the server's transaction memory limit is too small for it. Raise "
            + MEMORY_SETTINGS + " on the server, or load the dataset in smaller parts. Nothing "
            + "was written. (" + e.code() + ": " + e.getMessage() + ")", e);
  }

  /** Collects rows and sends them as one statement per full batch, in the load's transaction. */
  private final class Batches implements AutoCloseable {
    private final Transaction tx;
    private final String statement;
    private final long[] nodes;
    private List<Object> pending = new ArrayList<>(batchSize);
    private long rows;

    /** {@code nodes}, when given, receives the node id each returned row names by index. */
    Batches(Transaction tx, String statement, long[] nodes) {
      this.tx = tx;
      this.statement = statement;
      this.nodes = nodes;
    }

    void add(List<Object> row) {
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
      List<Object> batch = pending;
      Result result = tx.run(statement, Map.of("rows", batch));
      if (nodes != null) {
        while (result.hasNext()) {
          Record record = result.next();
          nodes[record.get(0).asInt()] = record.get(1).asLong();
        }
      } else {
        result.consume();
      }
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
