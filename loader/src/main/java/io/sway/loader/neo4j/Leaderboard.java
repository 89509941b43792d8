package io.sway.loader.neo4j;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/** The top of the latest scoring run, read from the scores stored on the accounts. */
public final class Leaderboard {
  private static final String TOP =
      """
      MATCH (a:Account) WHERE a.scoreRank IS NOT NULL AND a.scoreRank <= $n
        AND ($network IS NULL OR a.network = $network)
      RETURN a.scoreRank AS rank, a.id AS id, a.handle AS handle, a.network AS network,
             a.score AS score, coalesce(a.reach, 0.0) AS reach,
             coalesce(a.amplification, 0.0) AS amplification, a.influence AS influence
      ORDER BY rank
      """;

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

  /** The top {@code n} of one network ({@code null}: all networks), by overall rank. */
  public List<Entry> top(int n, String network) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("n", network == null ? n : Integer.MAX_VALUE);
    params.put("network", network);
    try (Session session = database.session()) {
      List<Entry> entries = session.run(TOP, params).list(r -> new Entry(
          r.get("rank").asInt(),
          r.get("id").asString(),
          r.get("handle").asString(),
          r.get("network").asString(),
          r.get("score").asInt(),
          r.get("reach").asDouble(),
          r.get("amplification").asDouble(),
          r.get("influence").asDouble()));
      return entries.size() > n ? entries.subList(0, n) : entries;
    }
  }
}
