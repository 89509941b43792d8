package io.sway.loader.scoring;

import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.RankResult;
import io.sway.loader.neo4j.AccountScores;
import io.sway.loader.neo4j.EngagementSnapshot;
import io.sway.loader.neo4j.SwayDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The PageRank baseline: rank the window's engagement graph and calibrate the scores, without
 * writing them. It is what the influence model ({@link ModelScoringJob}, which publishes its
 * runs) is measured against by {@code sway evaluate}: plain weighted PageRank on engagement.
 */
public final class ScoringJob {
  private ScoringJob() {}

  private static final String NEWEST_ACTIVITY =
      """
      CALL () {
        MATCH (p:Post) RETURN max(p.createdAt) AS at
        UNION ALL
        MATCH (:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->() RETURN max(r.at) AS at
      }
      RETURN max(at) AS newest
      """;

  /** The engine's results for one snapshot, before anything is written. */
  public record Computed(RankResult rank, AccountScores scores) {}

  /** Ranks and calibrates {@code snapshot}: the pure part of a run, with no database access. */
  public static Computed compute(EngagementSnapshot snapshot, ScoringOptions options) {
    RankResult rank = new PageRank(snapshot.graph(), options.pageRank()).compute();
    return new Computed(rank, calibrate(snapshot, rank, options));
  }

  private static AccountScores calibrate(
      EngagementSnapshot snapshot, RankResult rank, ScoringOptions options) {
    int n = snapshot.accountCount();
    double[] influence = rank.scores();
    int[] scores = new int[n];
    for (int i = 0; i < n; i++) {
      scores[i] = options.calibration().score(influence[i] * n, snapshot.isActive(i));
    }
    List<String> ids = snapshot.accountIds();
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -influence[i]).thenComparing(ids::get));
    int[] ranks = new int[n];
    for (int position = 0; position < n; position++) {
      ranks[order[position]] = position + 1;
    }
    return new AccountScores(ids, influence, scores, ranks);
  }

  /** The day of the newest post or interaction in the database; today when there is none. */
  public static LocalDate newestActivityDay(SwayDatabase database) {
    try (Session session = database.session()) {
      Value newest = session.run(NEWEST_ACTIVITY).single().get("newest");
      if (newest.isNull()) {
        return LocalDate.now(ZoneOffset.UTC);
      }
      ZonedDateTime at = newest.asZonedDateTime();
      return at.withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
  }
}
