package io.sway.benchmarks.loading;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The incremental load as Sway did it before it became one transaction: each batch of
 * {@value #BATCH_SIZE} rows its own transaction, rows as maps, every endpoint found by an index
 * seek on its id. Kept here only as the baseline the benchmark runs side by side with {@link
 * io.sway.loader.neo4j.IncrementalLoader}, on the same delta and the same machine.
 */
final class BatchPerTransactionLoad {
  static final int BATCH_SIZE = 10_000;

  private static final String ACCOUNTS =
      """
      UNWIND $rows AS r
      MERGE (a:Account {id: r.id})
      SET a.network = r.network, a.handle = r.handle, a.createdAt = r.createdAt,
          a.displayName = r.displayName, a.verified = r.verified, a.bio = r.bio
      """;
  private static final String FOLLOWS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.follower})
      MATCH (b:Account {id: r.followee})
      MERGE (a)-[f:FOLLOWS]->(b)
      SET f.since = r.since
      """;
  private static final String POSTS =
      """
      UNWIND $rows AS r
      MATCH (author:Account {id: r.author})
      MERGE (p:Post {id: r.id})
      SET p.createdAt = r.createdAt, p.topics = r.topics
      MERGE (author)-[:POSTED]->(p)
      """;
  private static final String REPLIES =
      """
      UNWIND $rows AS r
      MATCH (p:Post {id: r.id})
      MATCH (q:Post {id: r.replyTo})
      MERGE (p)-[:REPLY_TO]->(q)
      """;
  private static final String POST_INTERACTIONS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.actor})
      MATCH (p:Post {id: r.post})
      MERGE (a)-[:%s {at: r.at}]->(p)
      """;
  private static final String ACCOUNT_INTERACTIONS =
      """
      UNWIND $rows AS r
      MATCH (a:Account {id: r.actor})
      MATCH (b:Account {id: r.target})
      MERGE (a)-[:%s {at: r.at}]->(b)
      """;

  private BatchPerTransactionLoad() {}

  /** Loads the accounts, follows, posts, replies and interactions of {@code dataset}. */
  static long load(SwayDatabase database, Dataset dataset) throws IOException {
    long rows = 0;
    try (Session session = database.session()) {
      Batches accounts = new Batches(session, ACCOUNTS);
      dataset.forEachAccount(a -> {
        Map<String, Object> row = new HashMap<>();
        row.put("id", a.id());
        row.put("network", a.network());
        row.put("handle", a.handle());
        row.put("createdAt", utc(a.createdAt()));
        row.put("displayName", a.displayName());
        row.put("verified", a.verified());
        row.put("bio", a.bio());
        accounts.add(row);
      });
      rows += accounts.close();
      Batches follows = new Batches(session, FOLLOWS);
      dataset.forEachFollow(f -> {
        Map<String, Object> row = new HashMap<>();
        row.put("follower", f.followerId());
        row.put("followee", f.followeeId());
        row.put("since", f.since() == null ? null : utc(f.since()));
        follows.add(row);
      });
      rows += follows.close();
      Batches posts = new Batches(session, POSTS);
      dataset.forEachPost(p -> {
        Map<String, Object> row = new HashMap<>();
        row.put("id", p.id());
        row.put("author", p.authorId());
        row.put("createdAt", utc(p.createdAt()));
        row.put("topics", p.topics().isEmpty() ? null : p.topics());
        posts.add(row);
      });
      rows += posts.close();
      Batches replies = new Batches(session, REPLIES);
      dataset.forEachPost(p -> {
        if (p.replyTo() != null) {
          replies.add(Map.of("id", p.id(), "replyTo", p.replyTo()));
        }
      });
      rows += replies.close();
      Map<String, Batches> interactions = new HashMap<>();
      for (InteractionType type : InteractionType.values()) {
        String rel = type.relationshipType();
        interactions.put(rel + ">Post", new Batches(session, POST_INTERACTIONS.formatted(rel)));
        interactions.put(rel + ">Account",
            new Batches(session, ACCOUNT_INTERACTIONS.formatted(rel)));
      }
      dataset.forEachInteraction(i -> {
        String rel = i.type().relationshipType();
        if (i.postId() != null) {
          interactions.get(rel + ">Post")
              .add(Map.of("actor", i.actorId(), "post", i.postId(), "at", utc(i.at())));
        } else {
          interactions.get(rel + ">Account")
              .add(Map.of("actor", i.actorId(), "target", i.targetAccountId(), "at", utc(i.at())));
        }
      });
      for (Batches batches : interactions.values()) {
        rows += batches.close();
      }
    }
    return rows;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static final class Batches {
    private final Session session;
    private final String statement;
    private List<Map<String, Object>> pending = new ArrayList<>(BATCH_SIZE);
    private long rows;

    Batches(Session session, String statement) {
      this.session = session;
      this.statement = statement;
    }

    void add(Map<String, Object> row) {
      pending.add(row);
      if (pending.size() >= BATCH_SIZE) {
        flush();
      }
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Map<String, Object>> batch = pending;
      session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("rows", batch)).consume());
      rows += batch.size();
      pending = new ArrayList<>(BATCH_SIZE);
    }

    long close() {
      flush();
      return rows;
    }
  }
}
