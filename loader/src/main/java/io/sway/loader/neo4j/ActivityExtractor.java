package io.sway.loader.neo4j;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads everything the influence model needs for one window out of Neo4j into an {@link
 * Activity}: all accounts (in id order) with their owners, all follows, the posts created or
 * engaged with in the window, and the window's engagement events. Results are streamed.
 */
public final class ActivityExtractor {
  private static final String ACCOUNTS =
      """
      MATCH (a:Account)
      OPTIONAL MATCH (p:Person)-[:OWNS]->(a)
      RETURN a.id AS id, a.createdAt AS createdAt, coalesce(a.verified, false) AS verified,
             a.network AS network, p.id AS person
      ORDER BY id
      """;

  private static final String FOLLOWS =
      "MATCH (a:Account)-[:FOLLOWS]->(b:Account) RETURN a.id AS source, b.id AS target";

  private static final String POSTS =
      """
      MATCH (author:Account)-[:POSTED]->(p:Post)
      WHERE $from <= p.createdAt <= $to
         OR EXISTS {
              MATCH (p)<-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]-(:Account)
              WHERE $from <= r.at <= $to
            }
      OPTIONAL MATCH (p)-[:REPLY_TO]->(q:Post)
      RETURN p.id AS id, author.id AS author, p.createdAt AS createdAt,
             coalesce(p.topics, []) AS topics, q.id AS replyTo
      ORDER BY createdAt, id
      """;

  private static final String POST_EVENTS =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(p:Post)
      WHERE $from <= r.at <= $to
      RETURN actor.id AS actor, p.id AS post, type(r) AS type, r.at AS at
      """;

  private static final String ACCOUNT_EVENTS =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(target:Account)
      WHERE $from <= r.at <= $to
      RETURN actor.id AS actor, target.id AS target, type(r) AS type, r.at AS at
      """;

  private static final Map<String, EngagementType> TYPES = new HashMap<>();

  static {
    Map<EngagementType, String> relationships = new EnumMap<>(EngagementType.class);
    relationships.put(EngagementType.RESHARE, "RESHARED");
    relationships.put(EngagementType.QUOTE, "QUOTED");
    relationships.put(EngagementType.REPLY, "REPLIED");
    relationships.put(EngagementType.MENTION, "MENTIONED");
    relationships.put(EngagementType.LIKE, "LIKED");
    relationships.forEach((type, relationship) -> TYPES.put(relationship, type));
  }

  /** The model's input and the ids its indexes stand for. */
  public record Extracted(
      Activity activity, List<String> accountIds, List<String> postIds, List<String> personIds) {}

  private final SwayDatabase database;

  public ActivityExtractor(SwayDatabase database) {
    this.database = database;
  }

  /** Everything in {@code [from, to]}. */
  public Extracted extract(Instant from, Instant to) {
    Map<String, Object> window = Map.of("from", utc(from), "to", utc(to));
    ActivityBuilder builder = new ActivityBuilder(from.getEpochSecond(), to.getEpochSecond());
    try (Session session = database.session()) {
      List<String> accountIds = new ArrayList<>();
      Map<String, Integer> accounts = new HashMap<>();
      List<String> personIds = new ArrayList<>();
      Map<String, Integer> persons = new HashMap<>();
      stream(session.run(ACCOUNTS), r -> {
        int person = -1;
        if (!r.get("person").isNull()) {
          person = persons.computeIfAbsent(r.get("person").asString(), id -> {
            personIds.add(id);
            return personIds.size() - 1;
          });
        }
        String id = r.get("id").asString();
        accounts.put(id, builder.addAccount(
            seconds(r.get("createdAt")), r.get("verified").asBoolean(),
            r.get("network").asString(), person));
        accountIds.add(id);
      });
      stream(session.run(FOLLOWS), r ->
          builder.addFollow(accounts.get(r.get("source").asString()),
              accounts.get(r.get("target").asString())));

      List<String> postIds = new ArrayList<>();
      Map<String, Integer> posts = new HashMap<>();
      stream(session.run(POSTS, window), r -> {
        Integer replyTo = r.get("replyTo").isNull() ? null : posts.get(r.get("replyTo").asString());
        String[] topics = r.get("topics").asList(Value::asString).toArray(String[]::new);
        int post = builder.addPost(accounts.get(r.get("author").asString()),
            seconds(r.get("createdAt")), replyTo == null ? -1 : replyTo, topics);
        String id = r.get("id").asString();
        posts.put(id, post);
        postIds.add(id);
      });
      stream(session.run(POST_EVENTS, window), r ->
          builder.addPostEvent(accounts.get(r.get("actor").asString()),
              TYPES.get(r.get("type").asString()), posts.get(r.get("post").asString()),
              seconds(r.get("at"))));
      stream(session.run(ACCOUNT_EVENTS, window), r ->
          builder.addAccountEvent(accounts.get(r.get("actor").asString()),
              TYPES.get(r.get("type").asString()), accounts.get(r.get("target").asString()),
              seconds(r.get("at"))));
      return new Extracted(builder.build(), accountIds, postIds, personIds);
    }
  }

  private static void stream(Result result, java.util.function.Consumer<Record> consumer) {
    while (result.hasNext()) {
      consumer.accept(result.next());
    }
  }

  private static long seconds(Value dateTime) {
    return dateTime.asZonedDateTime().toEpochSecond();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
