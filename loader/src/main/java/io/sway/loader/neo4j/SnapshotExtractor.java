package io.sway.loader.neo4j;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.score.EngagementWeights;
import io.sway.loader.dataset.InteractionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

/**
 * Reads the engagement graph of a window out of Neo4j into an {@link EngagementSnapshot}.
 *
 * <p>Every account becomes a vertex, numbered in id order. Each interaction in the window becomes
 * an edge from the actor to the engaged account (the post's author, or the account interacted
 * with directly), weighted by its kind; parallel edges are summed by the snapshot builder and
 * self-engagement is left out. Results are streamed, never held whole on the client.
 */
public final class SnapshotExtractor {
  private static final String ACCOUNTS = "MATCH (a:Account) RETURN a.id AS id ORDER BY id";

  private static final String POST_ENGAGEMENT =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(:Post)<-[:POSTED]-(author:Account)
      WHERE $from <= r.at <= $to AND actor <> author
      RETURN actor.id AS source, author.id AS target, type(r) AS type
      """;

  private static final String ACCOUNT_ENGAGEMENT =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(target:Account)
      WHERE $from <= r.at <= $to AND actor <> target
      RETURN actor.id AS source, target.id AS target, type(r) AS type
      """;

  private static final String POSTERS =
      """
      MATCH (a:Account)-[:POSTED]->(p:Post)
      WHERE $from <= p.createdAt <= $to
      RETURN DISTINCT a.id AS id
      """;

  private final SwayDatabase database;
  private final Map<String, Double> weightByRelationship = new HashMap<>();

  public SnapshotExtractor(SwayDatabase database, EngagementWeights weights) {
    this.database = database;
    Map<InteractionType, Double> byType = new EnumMap<>(InteractionType.class);
    byType.put(InteractionType.RESHARE, weights.reshare());
    byType.put(InteractionType.QUOTE, weights.quote());
    byType.put(InteractionType.REPLY, weights.reply());
    byType.put(InteractionType.MENTION, weights.mention());
    byType.put(InteractionType.LIKE, weights.like());
    byType.forEach((type, weight) -> weightByRelationship.put(type.relationshipType(), weight));
  }

  /** The engagement graph of interactions with {@code from <= at <= to}. */
  public EngagementSnapshot extract(Instant from, Instant to) {
    Map<String, Object> window = Map.of("from", utc(from), "to", utc(to));
    try (Session session = database.session()) {
      List<String> ids = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      Result accounts = session.run(ACCOUNTS);
      while (accounts.hasNext()) {
        String id = accounts.next().get("id").asString();
        index.put(id, ids.size());
        ids.add(id);
      }
      BitSet active = new BitSet(ids.size());
      GraphSnapshot.Builder graph = GraphSnapshot.builder(ids.size());
      for (String query : List.of(POST_ENGAGEMENT, ACCOUNT_ENGAGEMENT)) {
        Result edges = session.run(query, window);
        while (edges.hasNext()) {
          Record edge = edges.next();
          int source = index.get(edge.get("source").asString());
          int target = index.get(edge.get("target").asString());
          active.set(source);
          graph.addEdge(source, target, weightByRelationship.get(edge.get("type").asString()));
        }
      }
      Result posters = session.run(POSTERS, window);
      while (posters.hasNext()) {
        active.set(index.get(posters.next().get("id").asString()));
      }
      return new EngagementSnapshot(ids, graph.build(), active, from, to);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
