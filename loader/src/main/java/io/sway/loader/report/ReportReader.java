package io.sway.loader.report;

import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.SwayDatabase;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Reads what the HTML report draws from the current scoring run. */
public final class ReportReader {
  /** Scores run from 0 (no activity) to 99. */
  public static final int MAX_SCORE = 99;

  private static final String LATEST_RUN =
      """
      MATCH (r:ScoreRun {current: true})
      RETURN r.id AS id, r.asOf AS asOf, r.windowFrom AS windowFrom, r.windowTo AS windowTo,
             r.startedAt AS startedAt, r.publishedAt AS publishedAt, r.accounts AS accounts,
             r.iterations AS iterations, r.converged AS converged, r.params AS params
      """;

  private static final String SCORE_COUNTS =
      "MATCH (s:DailyScore {run: $run}) WHERE s.rank IS NOT NULL RETURN s.score AS score, count(*) AS n";

  private static final String ENGAGERS =
      """
      UNWIND $ids AS id
      MATCH (s:DailyScore {accountId: id, run: $run})
      UNWIND range(0, size(s.engagers) - 1) AS k
      WITH id, s, k WHERE k < $count
      MATCH (fan:Account {id: s.engagers[k]})
      RETURN id, k + 1 AS rank, fan.handle AS handle, fan.network AS network,
             s.engagerWeights[k] AS weight
      ORDER BY id, rank
      """;

  private final SwayDatabase database;

  public ReportReader(SwayDatabase database) {
    this.database = database;
  }

  /** The current run, whose results analysts see now; empty before any was published. */
  public Optional<ScoreRunInfo> latestRun() {
    try (Session session = database.session()) {
      List<Record> rows = session.run(LATEST_RUN).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      Record r = rows.getFirst();
      return Optional.of(new ScoreRunInfo(r.get("id").asString(), r.get("asOf").asLocalDate(),
          dateTime(r.get("windowFrom")), dateTime(r.get("windowTo")), dateTime(r.get("startedAt")),
          dateTime(r.get("publishedAt")), r.get("accounts").asLong(0), r.get("iterations").asInt(0),
          r.get("converged").asBoolean(false), r.get("params").asString("")));
    }
  }

  /**
   * Reads the report for {@code accounts} (cards from {@link ScoreCards}) over the {@code days}
   * days up to the run's day, with the top {@code count} influencers on {@code topic} (overall
   * when null) and each account's top {@code count} engagers.
   */
  public ReportData read(ScoreRunInfo run, List<ScoreCard> accounts, String topic, int days, int count) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    List<String> ids = accounts.stream().map(ScoreCard::id).toList();
    LocalDate to = run.asOf();
    LocalDate from = to.minusDays(days);
    Map<String, List<DayScore>> history = new ScoreHistory(database).between(ids, from, to);
    String normalisedTopic = topic == null ? null : topic.strip().toLowerCase(Locale.ROOT);
    return new ReportData(run, from, to, accounts, history, scoreCounts(run.id()), normalisedTopic,
        influencers(run.id(), normalisedTopic, count), engagers(run.id(), ids, count));
  }

  private long[] scoreCounts(String runId) {
    long[] counts = new long[MAX_SCORE + 1];
    try (Session session = database.session()) {
      session.run(SCORE_COUNTS, Map.of("run", runId)).forEachRemaining(r -> {
        int score = r.get("score").asInt();
        if (score >= 0 && score <= MAX_SCORE) {
          counts[score] += r.get("n").asLong();
        }
      });
    }
    return counts;
  }

  private List<ReportData.Influencer> influencers(String runId, String topic, int count) {
    Leaderboard leaderboard = new Leaderboard(database, runId);
    List<ReportData.Influencer> top = new ArrayList<>();
    if (topic == null) {
      for (Leaderboard.Entry e : leaderboard.top(count)) {
        top.add(new ReportData.Influencer(e.rank(), e.handle(), e.network(), e.score(), e.score()));
      }
    } else {
      int position = 1;
      for (Leaderboard.TopicEntry e : leaderboard.topOnTopic(count, topic, null)) {
        top.add(new ReportData.Influencer(position++, e.handle(), e.network(), e.score(), e.topicScore()));
      }
    }
    return top;
  }

  private Map<String, List<ReportData.Engager>> engagers(String runId, List<String> ids, int count) {
    Map<String, List<ReportData.Engager>> byAccount = new LinkedHashMap<>();
    ids.forEach(id -> byAccount.put(id, new ArrayList<>()));
    Map<String, Object> params = new HashMap<>();
    params.put("ids", ids);
    params.put("count", count);
    params.put("run", runId);
    try (Session session = database.session()) {
      session.run(ENGAGERS, params).forEachRemaining(r -> byAccount.get(r.get("id").asString())
          .add(new ReportData.Engager(r.get("rank").asInt(), r.get("handle").asString(),
              r.get("network").asString(), r.get("weight").asDouble())));
    }
    byAccount.replaceAll((id, list) -> List.copyOf(list));
    return byAccount;
  }

  private static ZonedDateTime dateTime(Value value) {
    return value.isNull() ? null : value.asZonedDateTime();
  }
}
