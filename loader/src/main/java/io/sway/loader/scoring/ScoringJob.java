package io.sway.loader.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.RankResult;
import io.sway.loader.neo4j.AccountScores;
import io.sway.loader.neo4j.EngagementSnapshot;
import io.sway.loader.neo4j.ScoreWriter;
import io.sway.loader.neo4j.SnapshotExtractor;
import io.sway.loader.neo4j.SwayDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The PageRank baseline run: read the window's engagement graph out of Neo4j, rank it, calibrate
 * the scores, write them back with a run record. Each phase is timed. It is what the influence
 * model ({@link ModelScoringJob}) is measured against: plain weighted PageRank on engagement.
 */
public final class ScoringJob {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String NEWEST_ACTIVITY =
      """
      CALL () {
        MATCH (p:Post) RETURN max(p.createdAt) AS at
        UNION ALL
        MATCH (:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->() RETURN max(r.at) AS at
      }
      RETURN max(at) AS newest
      """;

  private final SwayDatabase database;

  public ScoringJob(SwayDatabase database) {
    this.database = database;
  }

  /** What a run did. */
  public record Report(
      String runId,
      LocalDate asOf,
      int accounts,
      int activeAccounts,
      long edges,
      int iterations,
      boolean converged,
      Map<String, Duration> phases) {}

  public Report run(ScoringOptions options) {
    Instant started = Instant.now();
    Map<String, Duration> phases = new LinkedHashMap<>();
    LocalDate asOf = options.asOf() != null ? options.asOf() : newestActivityDay(database);
    ScoringWindow window = ScoringWindow.asOf(asOf, options.windowDays());
    Instant from = window.from();
    Instant to = window.to();

    Instant phase = Instant.now();
    EngagementSnapshot snapshot = new SnapshotExtractor(database, options.weights()).extract(from, to);
    phases.put("extract", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    Computed computed = compute(snapshot, options);
    RankResult rank = computed.rank();
    AccountScores scores = computed.scores();
    phases.put("compute", Duration.between(phase, Instant.now()));

    phase = Instant.now();
    String runId = asOf + "-" + UUID.randomUUID().toString().substring(0, 8);
    new ScoreWriter(database)
        .write(
            scores,
            new ScoreWriter.RunRecord(
                runId, asOf, from, to, started, paramsJson(asOf, options),
                rank.iterations(), rank.converged()));
    phases.put("write", Duration.between(phase, Instant.now()));

    return new Report(
        runId, asOf, snapshot.accountCount(), snapshot.active().cardinality(),
        snapshot.graph().edgeCount(), rank.iterations(), rank.converged(), phases);
  }

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

  private static String paramsJson(LocalDate asOf, ScoringOptions options) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("asOf", asOf.toString());
    params.put("windowDays", options.windowDays());
    params.put("weights", options.weights());
    params.put("pageRank", options.pageRank());
    params.put("calibration", options.calibration());
    try {
      return JSON.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot describe the run's parameters", e);
    }
  }
}
