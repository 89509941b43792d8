package io.sway.loader.neo4j;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/** The top of the latest scoring run, read from the scores stored on the accounts. */
public final class Leaderboard {
  private static final String TOP =
      """
      MATCH (a:Account) WHERE a.scoreRank IS NOT NULL AND a.scoreRank <= $n
      RETURN a.scoreRank AS rank, a.id AS id, a.handle AS handle, a.network AS network,
             a.score AS score, a.influence AS influence
      ORDER BY rank
      """;

  /** One row of the leaderboard. */
  public record Entry(int rank, String id, String handle, String network, int score, double influence) {}

  private final SwayDatabase database;

  public Leaderboard(SwayDatabase database) {
    this.database = database;
  }

  /** The {@code n} accounts ranked highest by the latest run; empty when nothing was scored. */
  public List<Entry> top(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    try (Session session = database.session()) {
      return session.run(TOP, Map.of("n", n)).list(r -> new Entry(
          r.get("rank").asInt(),
          r.get("id").asString(),
          r.get("handle").asString(),
          r.get("network").asString(),
          r.get("score").asInt(),
          r.get("influence").asDouble()));
    }
  }
}
