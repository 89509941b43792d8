package io.sway.loader.report;

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
      CALL (p) {
        OPTIONAL MATCH (p)-[:OWNS]->(a:Account)
        WITH a ORDER BY a.scoreValue DESC, a.id
        RETURN collect(a.id) AS accounts
      }
      CALL (p) {
        OPTIONAL MATCH (other:Person)
        WHERE other.scoreValue > p.scoreValue
           OR (other.scoreValue = p.scoreValue AND other.id < p.id)
        RETURN CASE WHEN p.scoreValue IS NULL THEN NULL ELSE count(other) + 1 END AS rank
      }
      RETURN p.id AS id, p.score AS score, rank, accounts
      """;

  private static final String SCORED_PERSONS =
      "MATCH (p:Person) WHERE p.scoreValue IS NOT NULL RETURN count(p) AS n";

  /** Persons found, in the order asked, and the ids that matched none. */
  public record Lookup(List<PersonCard> found, List<String> notFound) {}

  private final SwayDatabase database;

  public PersonCards(SwayDatabase database) {
    this.database = database;
  }

  public Lookup byId(List<String> ids) {
    List<String> asked = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    Map<String, Record> rows = new HashMap<>();
    long scored;
    try (Session session = database.session()) {
      session.run(BY_ID, Map.of("ids", asked)).forEachRemaining(r -> rows.put(r.get("id").asString(), r));
      scored = session.run(SCORED_PERSONS).single().get("n").asLong();
    }
    ScoreCards cards = new ScoreCards(database);
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
