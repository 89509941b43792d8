package io.sway.loader.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Session;

/** The top of the latest scoring run, read from the scores stored on the accounts. */
public final class Leaderboard {
  private static final String TOP =
      """
      MATCH (a:Account) WHERE a.scoreRank IS NOT NULL
        AND ($network IS NULL OR a.network = $network)
      RETURN a.scoreRank AS rank, a.id AS id, a.handle AS handle, a.network AS network,
             a.score AS score, coalesce(a.reach, 0.0) AS reach,
             coalesce(a.amplification, 0.0) AS amplification, a.influence AS influence
      ORDER BY rank
      LIMIT $n
      """;

  private static final String TOP_ON_TOPIC =
      """
      MATCH (a:Account)-[i:INFLUENTIAL_ON]->(:Topic {name: $topic})
      WHERE $network IS NULL OR a.network = $network
      RETURN a.handle AS handle, a.network AS network, a.score AS score,
             i.score AS topicScore, i.engagedPosts AS engagedPosts
      ORDER BY topicScore DESC, a.id
      LIMIT $n
      """;

  private static final String RISING =
      """
      MATCH (latest:DailyScore) WITH max(latest.day) AS today
      MATCH (a:Account)-[:SCORED]->(now:DailyScore {day: today})
      WHERE $network IS NULL OR a.network = $network
      MATCH (a)-[:SCORED]->(before:DailyScore {day: today - duration({days: $days})})
      RETURN a.handle AS handle, a.network AS network, before.score AS before, now.score AS now,
             now.score - before.score AS change, today
      ORDER BY change DESC, a.id
      LIMIT $n
      """;

  /** An account's standing on one topic. */
  public record TopicEntry(String handle, String network, int score, double topicScore, int engagedPosts) {}

  /** An account's move over a period, from its score history. */
  public record Move(String handle, String network, int before, int now, int change, String today) {}

  /** One row of the leaderboard. */
  public record Entry(
      int rank, String id, String handle, String network, int score, double reach,
      double amplification, double influence) {}

  private final SwayDatabase database;

  public Leaderboard(SwayDatabase database) {
    this.database = database;
  }

  /** The {@code n} accounts ranked highest by the latest run; empty when nothing was scored. */
  public List<Entry> top(int n) {
    return top(n, null);
  }

  /** The {@code n} accounts most influential on {@code topic} (only accounts with evidence). */
  public List<TopicEntry> topOnTopic(int n, String topic, String network) {
    Map<String, Object> params = new HashMap<>();
    params.put("n", requirePositive(n));
    params.put("topic", topic.strip().toLowerCase(Locale.ROOT));
    params.put("network", network);
    try (Session session = database.session()) {
      return session.run(TOP_ON_TOPIC, params).list(r -> new TopicEntry(
          r.get("handle").asString(), r.get("network").asString(), r.get("score").asInt(),
          r.get("topicScore").asDouble(), r.get("engagedPosts").asInt()));
    }
  }

  /** The {@code n} accounts whose score rose most over the last {@code days} days of history. */
  public List<Move> rising(int n, int days, String network) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    Map<String, Object> params = new HashMap<>();
    params.put("n", requirePositive(n));
    params.put("days", days);
    params.put("network", network);
    try (Session session = database.session()) {
      return session.run(RISING, params).list(r -> new Move(
          r.get("handle").asString(), r.get("network").asString(), r.get("before").asInt(),
          r.get("now").asInt(), r.get("change").asInt(), r.get("today").asLocalDate().toString()));
    }
  }

  private static int requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    return n;
  }

  /** The top {@code n} of one network ({@code null}: all networks), by overall rank. */
  public List<Entry> top(int n, String network) {
    Map<String, Object> params = new HashMap<>();
    params.put("n", requirePositive(n));
    params.put("network", network);
    try (Session session = database.session()) {
      return session.run(TOP, params).list(r -> new Entry(
          r.get("rank").asInt(),
          r.get("id").asString(),
          r.get("handle").asString(),
          r.get("network").asString(),
          r.get("score").asInt(),
          r.get("reach").asDouble(),
          r.get("amplification").asDouble(),
          r.get("influence").asDouble()));
    }
  }

}
