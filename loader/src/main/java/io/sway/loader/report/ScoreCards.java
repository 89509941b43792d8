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
import org.neo4j.driver.Value;

/**
 * Score cards by handle or id (R1: look up one or a list of handles). A handle is matched as
 * given and, when it has no leading {@code @}, also with one ({@code amber_lee42} finds {@code
 * @amber_lee42}); one handle can name accounts on several networks, and each is returned.
 */
public final class ScoreCards {
  /** The run's result for the account bound to {@code a}, as {@code s}, and its topics, strongest first. */
  private static final String RESULT_OF_A =
      """
      OPTIONAL MATCH (s:DailyScore {accountId: a.id, run: $run})
      CALL (s) {
        UNWIND range(0, size(coalesce(s.topics, [])) - 1) AS k
        WITH k ORDER BY s.topicScores[k] DESC, s.topics[k]
        RETURN collect({name: s.topics[k], score: s.topicScores[k],
                        engagedPosts: s.topicEngagedPosts[k]}) AS topics
      }
      """;

  /** The card's columns, for the account bound to {@code a} and its result {@code s}. */
  private static final String CARD_COLUMNS =
      """
      a.id AS id, a.handle AS handle, a.network AS network, a.displayName AS displayName,
             s.score AS score, s.rank AS rank, s.day AS day, s.run AS run,
             s.reach AS reach, s.amplification AS amplification, s.influence AS influence,
             s.reachPoints AS reachPoints, s.amplificationPoints AS amplificationPoints,
             s.influencePoints AS influencePoints, s.spamProbability AS spamProbability,
             s.spam AS spam, s.inactive AS inactive, s.spamReason AS spamReason, topics
      """;

  private static final String BY_HANDLE =
      """
      UNWIND $wanted AS w
      MATCH (a:Account) WHERE a.handle IN w.forms AND ($network IS NULL OR a.network = $network)
      WITH w, a ORDER BY w.index, a.network, a.id
      """
          + RESULT_OF_A + "RETURN w.asked AS asked, " + CARD_COLUMNS;

  private static final String BY_ID =
      """
      UNWIND $ids AS wanted
      MATCH (a:Account {id: wanted})
      """
          + RESULT_OF_A + "RETURN " + CARD_COLUMNS;

  private static final String SCORED_ACCOUNTS =
      "MATCH (s:DailyScore {run: $run}) WHERE s.rank IS NOT NULL RETURN count(s) AS n";

  /** What a look-up found: cards in the order asked, and the handles that matched nothing. */
  public record Lookup(Map<String, List<ScoreCard>> found, List<String> notFound, long scoredAccounts) {
    /** Every card, in the order the handles were asked. */
    public List<ScoreCard> cards() {
      return found.values().stream().flatMap(List::stream).toList();
    }
  }

  private final SwayDatabase database;
  private final String runId;

  /** Cards of the run that is current now; they stay on that run when another is published. */
  public ScoreCards(SwayDatabase database) {
    this(database, ModelResultWriter.currentRunId(database));
  }

  /** Cards of one run ({@code null}: none, every card is unscored). */
  public ScoreCards(SwayDatabase database, String runId) {
    this.database = database;
    this.runId = runId;
  }

  /** The run these cards show, or {@code null}. */
  public String runId() {
    return runId;
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
    params.put("run", runId);
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
      Map<String, Object> params = new HashMap<>();
      params.put("ids", ids);
      params.put("run", runId);
      cards = session.run(BY_ID, params).list(ScoreCards::card);
    }
    return cards.stream().sorted(Comparator.comparingInt(c -> ids.indexOf(c.id()))).toList();
  }

  /** How many accounts the run ranked. */
  public long scoredAccounts() {
    try (Session session = database.session()) {
      Map<String, Object> params = new HashMap<>();
      params.put("run", runId);
      return session.run(SCORED_ACCOUNTS, params).single().get("n").asLong();
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
