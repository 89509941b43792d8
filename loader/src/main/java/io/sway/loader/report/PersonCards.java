package io.sway.loader.report;

import io.sway.loader.neo4j.ModelResultWriter;
import io.sway.loader.neo4j.SwayDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Persons by id, with their accounts; ranked by combined score, ties broken by id. */
public final class PersonCards {
  private static final String BY_ID =
      """
      UNWIND $ids AS wanted
      MATCH (p:Person {id: wanted})
      OPTIONAL MATCH (mine:PersonDailyScore {personId: p.id, run: $run})
      CALL (p) {
        OPTIONAL MATCH (p)-[:OWNS]->(a:Account)
        OPTIONAL MATCH (s:DailyScore {accountId: a.id, run: $run})
        WITH a, s ORDER BY s.scoreValue DESC, a.id
        RETURN collect(a.id) AS accounts
      }
      CALL (mine) {
        OPTIONAL MATCH (other:PersonDailyScore {run: $run})
        WHERE other.scoreValue > mine.scoreValue
           OR (other.scoreValue = mine.scoreValue AND other.personId < mine.personId)
        RETURN CASE WHEN mine IS NULL THEN NULL ELSE count(other) + 1 END AS rank
      }
      RETURN p.id AS id, mine.score AS score, rank, accounts
      """;

  private static final String SCORED_PERSONS =
      "MATCH (d:PersonDailyScore {run: $run}) WHERE d.scoreValue IS NOT NULL RETURN count(d) AS n";

  /** Persons found, in the order asked, and the ids that matched none. */
  public record Lookup(List<PersonCard> found, List<String> notFound) {}

  private final SwayDatabase database;
  private final String runId;

  /** Cards of the run that is current now; they stay on that run when another is published. */
  public PersonCards(SwayDatabase database) {
    this(database, ModelResultWriter.currentRunId(database));
  }

  /** Cards of one run ({@code null}: none, every card is unscored). */
  public PersonCards(SwayDatabase database, String runId) {
    this.database = database;
    this.runId = runId;
  }

  public Lookup byId(List<String> ids) {
    List<String> asked = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    Map<String, Record> rows = new HashMap<>();
    long scored;
    try (Session session = database.session()) {
      Map<String, Object> params = new HashMap<>();
      params.put("ids", asked);
      params.put("run", runId);
      session.run(BY_ID, params).forEachRemaining(r -> rows.put(r.get("id").asString(), r));
      scored = session.run(SCORED_PERSONS, params).single().get("n").asLong();
    }
    ScoreCards cards = new ScoreCards(database, runId);
    List<PersonCard> found = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    for (String id : asked) {
      Record r = rows.get(id);
      if (r == null) {
        notFound.add(id);
        continue;
      }
      List<ScoreCard> accounts = cards.byId(r.get("accounts").asList(v -> v.asString()));
      found.add(new PersonCard(id, ScoreCards.nullableInt(r.get("score")),
          ScoreCards.nullableInt(r.get("rank")), scored, accounts, topicsOf(accounts)));
    }
    return new Lookup(found, notFound);
  }

  /** Each topic of any account, with the strongest account's standing on it, strongest first. */
  static List<TopicScore> topicsOf(List<ScoreCard> accounts) {
    Map<String, TopicScore> best = new LinkedHashMap<>();
    for (ScoreCard account : accounts) {
      for (TopicScore topic : account.topics()) {
        best.merge(topic.name(), topic, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(TopicScore::score).reversed()
            .thenComparing(TopicScore::name))
        .toList();
  }
}
