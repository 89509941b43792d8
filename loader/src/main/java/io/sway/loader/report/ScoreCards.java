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
import org.neo4j.driver.Value;

/**
 * Score cards by handle or id (R1: look up one or a list of handles). A handle is matched as
 * given and, when it has no leading {@code @}, also with one ({@code amber_lee42} finds {@code
 * @amber_lee42}); one handle can name accounts on several networks, and each is returned.
 */
public final class ScoreCards {
  /** The topics of the account bound to {@code a}, strongest first. */
  private static final String TOPICS_OF_A =
      """
      CALL (a) {
        OPTIONAL MATCH (a)-[i:INFLUENTIAL_ON]->(t:Topic)
        WITH i, t ORDER BY i.score DESC, t.name
        RETURN collect(CASE WHEN t IS NULL THEN NULL
               ELSE {name: t.name, score: i.score, engagedPosts: i.engagedPosts} END) AS topics
      }
      """;

  /** The card's columns, for the account bound to {@code a}. */
  private static final String CARD_COLUMNS =
      """
      a.id AS id, a.handle AS handle, a.network AS network, a.displayName AS displayName,
             a.score AS score, a.scoreRank AS rank, a.scoreDay AS day, a.scoreRun AS run,
             a.reach AS reach, a.amplification AS amplification, a.influence AS influence,
             a.reachPoints AS reachPoints, a.amplificationPoints AS amplificationPoints,
             a.influencePoints AS influencePoints, a.spamProbability AS spamProbability,
             a.spam AS spam, a.inactive AS inactive, a.spamReason AS spamReason, topics
      """;

  private static final String BY_HANDLE =
      """
      UNWIND $wanted AS w
      MATCH (a:Account) WHERE a.handle IN w.forms AND ($network IS NULL OR a.network = $network)
      WITH w, a ORDER BY w.index, a.network, a.id
      """
          + TOPICS_OF_A + "RETURN w.asked AS asked, " + CARD_COLUMNS;

  private static final String BY_ID =
      """
      UNWIND $ids AS wanted
      MATCH (a:Account {id: wanted})
      """
          + TOPICS_OF_A + "RETURN " + CARD_COLUMNS;

  private static final String SCORED_ACCOUNTS =
      "MATCH (a:Account) WHERE a.scoreRank IS NOT NULL RETURN count(a) AS n";

  /** What a look-up found: cards in the order asked, and the handles that matched nothing. */
  public record Lookup(Map<String, List<ScoreCard>> found, List<String> notFound, long scoredAccounts) {
    /** Every card, in the order the handles were asked. */
    public List<ScoreCard> cards() {
      return found.values().stream().flatMap(List::stream).toList();
    }
  }

  private final SwayDatabase database;

  public ScoreCards(SwayDatabase database) {
    this.database = database;
  }

  /**
   * The cards of {@code handles} (duplicates asked once), on {@code network} or on any network
   * when it is null.
   */
  public Lookup byHandle(List<String> handles, String network) {
    List<String> asked = handles.stream().map(String::strip).filter(h -> !h.isEmpty()).distinct().toList();
    List<Map<String, Object>> wanted = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      String handle = asked.get(i);
      List<String> forms = handle.startsWith("@") ? List.of(handle) : List.of(handle, "@" + handle);
      wanted.add(Map.of("asked", handle, "forms", forms, "index", i));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("wanted", wanted);
    params.put("network", network);
    Map<String, List<ScoreCard>> found = new LinkedHashMap<>();
    try (Session session = database.session()) {
      session.run(BY_HANDLE, params).forEachRemaining(r ->
          found.computeIfAbsent(r.get("asked").asString(), h -> new ArrayList<>()).add(card(r)));
    }
    Map<String, List<ScoreCard>> ordered = new LinkedHashMap<>();
    List<String> notFound = new ArrayList<>();
    for (String handle : asked) {
      List<ScoreCard> cards = found.get(handle);
      if (cards == null) {
        notFound.add(handle);
      } else {
        ordered.put(handle, List.copyOf(cards));
      }
    }
    return new Lookup(ordered, notFound, scoredAccounts());
  }

  /** The cards of the accounts with these ids, in that order; unknown ids are left out. */
  public List<ScoreCard> byId(List<String> ids) {
    List<ScoreCard> cards;
    try (Session session = database.session()) {
      cards = session.run(BY_ID, Map.of("ids", ids)).list(ScoreCards::card);
    }
    return cards.stream().sorted(Comparator.comparingInt(c -> ids.indexOf(c.id()))).toList();
  }

  /** How many accounts the latest run ranked. */
  public long scoredAccounts() {
    try (Session session = database.session()) {
      return session.run(SCORED_ACCOUNTS).single().get("n").asLong();
    }
  }

  static ScoreCard card(Record r) {
    return new ScoreCard(
        r.get("id").asString(), r.get("handle").asString(), r.get("network").asString(),
        r.get("displayName").asString(null), nullableInt(r.get("score")),
        nullableInt(r.get("rank")),
        r.get("day").isNull() ? null : r.get("day").asLocalDate(), r.get("run").asString(null),
        r.get("reach").asDouble(0), r.get("amplification").asDouble(0),
        r.get("influence").asDouble(0), r.get("reachPoints").asDouble(0),
        r.get("amplificationPoints").asDouble(0), r.get("influencePoints").asDouble(0),
        r.get("spamProbability").asDouble(0), r.get("spam").asBoolean(false),
        r.get("inactive").asBoolean(false), r.get("spamReason").asString(""),
        r.get("topics").asList(t -> new TopicScore(t.get("name").asString(),
            t.get("score").asDouble(), t.get("engagedPosts").asInt())));
  }

  static Integer nullableInt(Value value) {
    return value.isNull() ? null : value.asInt();
  }
}
