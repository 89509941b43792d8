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
 * transaction. Rows carry node ids, not string ids, and each account's follows, engagement events
 * and posts come as lists in one record per account: a Bolt record costs far more than a list
 * element, so the bulk of the graph crosses as small integers in few records.
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
      MATCH (actor:Account)
      WITH actor, [(actor)-[r:%s]->() WHERE $from <= r.at <= $to | r] AS events
      WHERE size(events) > 0
      RETURN id(actor) AS actor, [r IN events | id(endNode(r))] AS targets,
             [r IN events | type(r)] AS types, [r IN events | r.at.epochSeconds] AS ats
      """.formatted(ENGAGEMENTS);

  private static final String POSTS =
      """
      MATCH (author:Account)
      WITH author, [(author)-[:POSTED]->(p:Post)
                    WHERE $from <= p.createdAt <= $to
                       OR EXISTS {
                            MATCH (p)<-[r:%s]-(:Account)
                            WHERE $from <= r.at <= $to
                          }
                    | p] AS posts
      WHERE size(posts) > 0
      RETURN id(author) AS author, [p IN posts | id(p)] AS nodes, [p IN posts | p.id] AS ids,
             [p IN posts | p.createdAt.epochSeconds] AS seconds,
             [p IN posts | p.createdAt.nanosecond] AS nanos,
             [p IN posts | coalesce(p.topics, [])] AS topics,
             [p IN posts | coalesce([(p)-[:REPLY_TO]->(q:Post) | id(q)][0], -1)] AS replyTo
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
            out.follow(source, index);
          }
        }
      });
      stream(tx.run(EVENTS, window), r -> {
        long actor = r.get("actor").asLong();
        Value targets = r.get("targets");
        Value types = r.get("types");
        Value ats = r.get("ats");
        for (int i = 0; i < targets.size(); i++) {
          out.event(actor, typeByName.get(types.get(i).asString()), targets.get(i).asLong(),
              ats.get(i).asLong());
        }
      });
      stream(tx.run(POSTS, window), r -> {
        long author = r.get("author").asLong();
        Value nodes = r.get("nodes");
        Value ids = r.get("ids");
        Value seconds = r.get("seconds");
        Value nanos = r.get("nanos");
        Value topics = r.get("topics");
        Value replyTo = r.get("replyTo");
        for (int i = 0; i < nodes.size(); i++) {
          List<String> postTopics = topics.get(i).asList(Value::asString);
          out.post(nodes.get(i).asLong(), ids.get(i).asString(), author, seconds.get(i).asLong(),
              nanos.get(i).asInt(), postTopics.toArray(String[]::new), replyTo.get(i).asLong());
        }
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
