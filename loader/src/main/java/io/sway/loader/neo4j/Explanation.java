package io.sway.loader.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Why an account scores what it does, read from what the current model run stored (R8). */
public final class Explanation {
  private static final String EXPLAIN =
      """
      OPTIONAL MATCH (run:ScoreRun {current: true})
      WITH run LIMIT 1
      MATCH (a:Account {handle: $handle})
      WHERE $network IS NULL OR a.network = $network
      OPTIONAL MATCH (s:DailyScore {accountId: a.id, run: run.id})
      CALL (s) {
        UNWIND range(0, size(coalesce(s.engagers, [])) - 1) AS k
        MATCH (fan:Account {id: s.engagers[k]})
        WITH k, fan ORDER BY k
        RETURN collect({handle: fan.handle, weight: s.engagerWeights[k]}) AS engagers
      }
      CALL (s) {
        UNWIND range(0, size(coalesce(s.posts, [])) - 1) AS k
        MATCH (post:Post {id: s.posts[k]})
        WITH k, post ORDER BY k
        RETURN collect({id: post.id, engagement: s.postEngagement[k], topics: post.topics}) AS posts
      }
      CALL (s) {
        UNWIND range(0, size(coalesce(s.topics, [])) - 1) AS k
        WITH k ORDER BY s.topicScores[k] DESC
        RETURN collect({name: s.topics[k], score: s.topicScores[k],
                        engagedPosts: s.topicEngagedPosts[k]}) AS topics
      }
      RETURN a.id AS id, a.handle AS handle, a.network AS network, s.score AS score,
             s.reach AS reach, s.amplification AS amplification, s.influence AS influence,
             s.reachPoints AS reachPoints, s.amplificationPoints AS amplificationPoints,
             s.influencePoints AS influencePoints, s.rank AS rank, s.day AS day,
             s.spamProbability AS spamProbability, s.spam AS spam, s.inactive AS inactive,
             s.spamReason AS spamReason,
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
