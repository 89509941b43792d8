package io.sway.loader.report;

import io.sway.loader.neo4j.SwayDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Accounts' and persons' daily scores ({@code (:DailyScore)}, R4): the published run of each day,
 * oldest first.
 */
public final class ScoreHistory {
  private static final String BETWEEN =
      """
      MATCH (a:Account)-[:SCORED]->(d:DailyScore)
      WHERE a.id IN $ids AND d.day >= $from AND d.day <= $to
      MATCH (run:ScoreRun {id: d.run})
      WHERE run.status = 'published'
      RETURN d.accountId AS id, d.day AS day, d.score AS score, coalesce(d.reach, 0.0) AS reach,
             coalesce(d.amplification, 0.0) AS amplification,
             coalesce(d.influence, 0.0) AS influence
      ORDER BY id, day
      """;

  private static final String PERSONS_BETWEEN =
      """
      MATCH (p:Person)-[:SCORED]->(d:PersonDailyScore)
      WHERE p.id IN $ids AND d.day >= $from AND d.day <= $to
      MATCH (run:ScoreRun {id: d.run})
      WHERE run.status = 'published'
      RETURN d.personId AS id, d.day AS day, d.score AS score, 0.0 AS reach,
             0.0 AS amplification, 0.0 AS influence
      ORDER BY id, day
      """;

  private final SwayDatabase database;

  public ScoreHistory(SwayDatabase database) {
    this.database = database;
  }

  /**
   * Each account's days in {@code [from, to]}, keyed by account id in the order given; an account
   * without history there maps to an empty list.
   */
  public Map<String, List<DayScore>> between(List<String> ids, LocalDate from, LocalDate to) {
    return read(BETWEEN, ids, from, to);
  }

  /**
   * Each person's days in {@code [from, to]} ({@code (:PersonDailyScore)}: scores only, parts
   * 0), keyed by person id in the order given.
   */
  public Map<String, List<DayScore>> personsBetween(
      List<String> ids, LocalDate from, LocalDate to) {
    return read(PERSONS_BETWEEN, ids, from, to);
  }

  private Map<String, List<DayScore>> read(
      String query, List<String> ids, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("history from " + from + " is after " + to);
    }
    Map<String, List<DayScore>> days = new HashMap<>();
    Map<String, Object> params = new HashMap<>();
    params.put("ids", ids);
    params.put("from", from);
    params.put("to", to);
    try (Session session = database.session()) {
      session.run(query, params).forEachRemaining(r ->
          days.computeIfAbsent(r.get("id").asString(), id -> new ArrayList<>()).add(new DayScore(
              r.get("day").asLocalDate(), r.get("score").asInt(), r.get("reach").asDouble(),
              r.get("amplification").asDouble(), r.get("influence").asDouble())));
    }
    Map<String, List<DayScore>> ordered = new LinkedHashMap<>();
    for (String id : ids) {
      ordered.put(id, List.copyOf(days.getOrDefault(id, List.of())));
    }
    return ordered;
  }
}
