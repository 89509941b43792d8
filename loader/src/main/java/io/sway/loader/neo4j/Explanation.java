package io.sway.loader.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Why an account scores what it does, read from what the latest model run stored (R8). */
public final class Explanation {
  private static final String EXPLAIN =
      """
      MATCH (a:Account {handle: $handle})
      WHERE $network IS NULL OR a.network = $network
      CALL (a) {
        OPTIONAL MATCH (a)-[e:TOP_ENGAGER]->(fan:Account)
        WITH e, fan ORDER BY e.rank
        RETURN collect(CASE WHEN fan IS NULL THEN NULL
               ELSE {handle: fan.handle, weight: e.weight} END) AS engagers
      }
      CALL (a) {
        OPTIONAL MATCH (a)-[t:TOP_POST]->(post:Post)
        WITH t, post ORDER BY t.rank
        RETURN collect(CASE WHEN post IS NULL THEN NULL
               ELSE {id: post.id, engagement: t.engagement, topics: post.topics} END) AS posts
      }
      CALL (a) {
        OPTIONAL MATCH (a)-[i:INFLUENTIAL_ON]->(topic:Topic)
        WITH i, topic ORDER BY i.score DESC
        RETURN collect(CASE WHEN topic IS NULL THEN NULL
               ELSE {name: topic.name, score: i.score, engagedPosts: i.engagedPosts} END) AS topics
      }
      RETURN a.id AS id, a.handle AS handle, a.network AS network, a.score AS score,
             a.reach AS reach, a.amplification AS amplification, a.influence AS influence,
             a.reachPoints AS reachPoints, a.amplificationPoints AS amplificationPoints,
             a.influencePoints AS influencePoints, a.scoreRank AS rank, a.scoreDay AS day,
             a.spamProbability AS spamProbability, a.spam AS spam, a.inactive AS inactive,
             a.spamReason AS spamReason,
             engagers, posts, topics
      ORDER BY network
      """;

  /** One account's explanation. */
  public record Account(
      String id, String handle, String network, Integer score, Integer rank, String day,
      double reach, double amplification, double influence, double reachPoints,
      double amplificationPoints, double influencePoints, double spamProbability, boolean spam,
      boolean inactive, String spamReason, List<Map<String, Object>> engagers,
      List<Map<String, Object>> posts, List<Map<String, Object>> topics) {}

  private final SwayDatabase database;

  public Explanation(SwayDatabase database) {
    this.database = database;
  }

  /** Every account with this handle (on {@code network}, or on any network when null). */
  public List<Account> of(String handle, String network) {
    Map<String, Object> params = new HashMap<>();
    params.put("handle", handle);
    params.put("network", network);
    try (Session session = database.session()) {
      return session.run(EXPLAIN, params).list(r -> new Account(
          r.get("id").asString(), r.get("handle").asString(), r.get("network").asString(),
          nullableInt(r.get("score")), nullableInt(r.get("rank")),
          r.get("day").isNull() ? null : r.get("day").asLocalDate().toString(),
          r.get("reach").asDouble(0), r.get("amplification").asDouble(0),
          r.get("influence").asDouble(0), r.get("reachPoints").asDouble(0),
          r.get("amplificationPoints").asDouble(0), r.get("influencePoints").asDouble(0),
          r.get("spamProbability").asDouble(0), r.get("spam").asBoolean(false),
          r.get("inactive").asBoolean(false),
          r.get("spamReason").isNull() ? "" : r.get("spamReason").asString(),
          r.get("engagers").asList(Value::asMap), r.get("posts").asList(Value::asMap),
          r.get("topics").asList(Value::asMap)));
    }
  }

  private static Integer nullableInt(Value value) {
    return value.isNull() ? null : value.asInt();
  }
}
