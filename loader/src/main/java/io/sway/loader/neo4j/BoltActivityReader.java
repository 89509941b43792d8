package io.sway.loader.neo4j;

import io.sway.engine.model.EngagementType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * Reads an extraction's rows from any Neo4j server with four streamed Cypher queries in one read
 * transaction. Rows carry node ids, not string ids, and each account's follows come as one list,
 * so the bulk of the graph crosses Bolt as small integers in few records.
 */
final class BoltActivityReader {
  /** Records the server sends per round trip. */
  static final long FETCH_SIZE = 20_000;

  private static final String ENGAGEMENTS = "RESHARED|REPLIED|QUOTED|LIKED|MENTIONED";

  private static final String ACCOUNTS =
      """
      MATCH (a:Account)
      RETURN id(a) AS node, a.id AS id, a.createdAt.epochSeconds AS createdAt,
             coalesce(a.verified, false) AS verified, a.network AS network,
             [(p:Person)-[:OWNS]->(a) | p.id][0] AS person
      """;

  private static final String FOLLOWS =
      """
      MATCH (a:Account)
      RETURN id(a) AS source, [(a)-[:FOLLOWS]->(b) | id(b)] AS targets
      """;

  private static final String EVENTS =
      """
      MATCH (actor:Account)-[r:%s]->(x)
      WHERE $from <= r.at <= $to
      RETURN id(actor) AS actor, id(x) AS target, type(r) AS type, r.at.epochSeconds AS at
      """.formatted(ENGAGEMENTS);

  private static final String POSTS =
      """
      MATCH (author:Account)-[:POSTED]->(p:Post)
      WHERE $from <= p.createdAt <= $to
         OR EXISTS {
              MATCH (p)<-[r:%s]-(:Account)
              WHERE $from <= r.at <= $to
            }
      RETURN id(p) AS node, p.id AS id, id(author) AS author,
             p.createdAt.epochSeconds AS second, p.createdAt.nanosecond AS nano,
             coalesce(p.topics, []) AS topics, [(p)-[:REPLY_TO]->(q:Post) | id(q)][0] AS replyTo
      """.formatted(ENGAGEMENTS);

  private final SwayDatabase database;
  private final Map<String, EngagementType> typeByName = new HashMap<>();

  BoltActivityReader(SwayDatabase database) {
    this.database = database;
    ActivityExtractor.RELATIONSHIP_TYPES.forEach((type, name) -> typeByName.put(name, type));
  }

  void read(Instant from, Instant to, ActivityAssembler out) {
    Map<String, Object> window = Map.of("from", utc(from), "to", utc(to));
    try (Session session = database.session(AccessMode.READ, FETCH_SIZE);
        Transaction tx = session.beginTransaction()) {
      stream(tx.run(ACCOUNTS), r -> {
        Value person = r.get("person");
        out.account(r.get("node").asLong(), r.get("id").asString(), r.get("createdAt").asLong(),
            r.get("verified").asBoolean(), r.get("network").asString(),
            person.isNull() ? null : person.asString());
      });
      out.accountsDone();
      stream(tx.run(FOLLOWS), r -> {
        int source = out.accountIndex(r.get("source").asLong());
        for (Value target : r.get("targets").values()) {
          int index = out.accountIndex(target.asLong());
          if (index >= 0) {
            out.followIndexes(source, index);
          }
        }
      });
      stream(tx.run(EVENTS, window), r ->
          out.event(r.get("actor").asLong(), typeByName.get(r.get("type").asString()),
              r.get("target").asLong(), r.get("at").asLong()));
      stream(tx.run(POSTS, window), r -> {
        Value replyTo = r.get("replyTo");
        List<String> topics = r.get("topics").asList(Value::asString);
        out.post(r.get("node").asLong(), r.get("id").asString(), r.get("author").asLong(),
            r.get("second").asLong(), r.get("nano").asInt(), topics.toArray(String[]::new),
            replyTo.isNull() ? -1 : replyTo.asLong());
      });
      tx.commit();
    }
  }

  private static void stream(Result result, java.util.function.Consumer<Record> consumer) {
    while (result.hasNext()) {
      consumer.accept(result.next());
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
