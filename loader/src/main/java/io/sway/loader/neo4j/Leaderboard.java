package io.sway.loader.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Session;

/** The top of the current scoring run, read from its {@code (:DailyScore)} results. */
public final class Leaderboard {
  private static final String TOP =
      """
      MATCH (s:DailyScore {run: $run})
      WHERE s.rank IS NOT NULL
      MATCH (a:Account {id: s.accountId})
      WHERE $network IS NULL OR a.network = $network
      RETURN s.rank AS rank, a.id AS id, a.handle AS handle, a.network AS network,
             s.score AS score, coalesce(s.reach, 0.0) AS reach,
             coalesce(s.amplification, 0.0) AS amplification, s.influence AS influence
      ORDER BY rank
      LIMIT $n
      """;

  private static final String TOP_ON_TOPIC =
      """
      MATCH (:Topic {name: $topic})<-[i:INFLUENTIAL_ON]-(s:DailyScore {run: $run})
      MATCH (a:Account {id: s.accountId})
      WHERE $network IS NULL OR a.network = $network
      RETURN a.handle AS handle, a.network AS network, s.score AS score,
             i.score AS topicScore, i.engagedPosts AS engagedPosts
      ORDER BY topicScore DESC, a.id
      LIMIT $n
      """;

  private static final String RISING =
      """
      MATCH (run:ScoreRun {id: $run})
      MATCH (before:ScoreRun {asOf: run.asOf - duration({days: $days})})
      WHERE before.status = 'published'
      MATCH (now:DailyScore {run: run.id})
      WHERE now.rank IS NOT NULL
      MATCH (a:Account {id: now.accountId})
      WHERE $network IS NULL OR a.network = $network
      CALL (now, before) {
        MATCH (earlier:DailyScore {accountId: now.accountId, run: before.id})
        RETURN earlier
      }
      RETURN a.handle AS handle, a.network AS network, earlier.score AS before, now.score AS now,
             now.score - earlier.score AS change, run.asOf AS today
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
  private final String runId;

  /** The leaderboard of the run that is current now; it stays on that run when another is published. */
  public Leaderboard(SwayDatabase database) {
    this(database, ModelResultWriter.currentRunId(database));
  }

  /** The leaderboard of one run ({@code null}: none, every list is empty). */
  public Leaderboard(SwayDatabase database, String runId) {
    this.database = database;
    this.runId = runId;
  }

  /** The {@code n} accounts ranked highest by the run; empty when nothing was scored. */
  public List<Entry> top(int n) {
    return top(n, null);
  }

  /** The {@code n} accounts most influential on {@code topic} (only accounts with evidence). */
  public List<TopicEntry> topOnTopic(int n, String topic, String network) {
    Map<String, Object> params = new HashMap<>();
    params.put("n", requirePositive(n));
    params.put("topic", topic.strip().toLowerCase(Locale.ROOT));
    params.put("network", network);
    params.put("run", runId);
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
    params.put("run", runId);
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
    params.put("run", runId);
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
