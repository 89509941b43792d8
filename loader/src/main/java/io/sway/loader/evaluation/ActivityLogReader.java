package io.sway.loader.evaluation;

import io.sway.loader.dataset.InteractionType;
import io.sway.loader.neo4j.SwayDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads a whole graph's activity out of Neo4j into an {@link ActivityLog}, once: five streaming
 * queries over Bolt (accounts, engagement with posts, engagement with accounts, posts, follows),
 * each row decoded straight into primitive arrays, never held whole on the client.
 *
 * <p>Engagement is read as {@link io.sway.loader.neo4j.SnapshotExtractor} reads it for a window:
 * an interaction with a post engages the post's author; one with an account engages that account.
 * Timestamps arrive as epoch seconds and are kept as UTC days. An interaction or a post without
 * a timestamp is skipped and counted (no window contains it, so no run scores it either).
 */
public final class ActivityLogReader {
  private static final long SECONDS_PER_DAY = 86_400;

  private static final String ACCOUNTS = "MATCH (a:Account) RETURN a.id AS id ORDER BY id";

  private static final String POST_ENGAGEMENT =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(:Post)<-[:POSTED]-(author:Account)
      RETURN actor.id AS actor, author.id AS target, type(r) AS type, r.at.epochSeconds AS at
      """;

  private static final String ACCOUNT_ENGAGEMENT =
      """
      MATCH (actor:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(target:Account)
      RETURN actor.id AS actor, target.id AS target, type(r) AS type, r.at.epochSeconds AS at
      """;

  private static final String POSTS =
      """
      MATCH (author:Account)-[:POSTED]->(p:Post)
      RETURN author.id AS author, p.createdAt.epochSeconds AS at
      """;

  private static final String FOLLOWS =
      """
      MATCH (follower:Account)-[f:FOLLOWS]->(followee:Account)
      RETURN follower.id AS follower, followee.id AS followee, f.since.epochSeconds AS since
      """;

  private final SwayDatabase database;

  public ActivityLogReader(SwayDatabase database) {
    this.database = database;
  }

  /** What was read, and what was skipped for lack of a timestamp. */
  public record Read(ActivityLog log, long untimedEngagements, long untimedPosts) {}

  public Read read() {
    Map<String, InteractionType> typeByRelationship = new HashMap<>();
    for (InteractionType type : InteractionType.values()) {
      typeByRelationship.put(type.relationshipType(), type);
    }
    try (Session session = database.session()) {
      List<String> ids = new ArrayList<>();
      ObjectIntHashMap<String> index = new ObjectIntHashMap<>();
      Result accounts = session.run(ACCOUNTS);
      while (accounts.hasNext()) {
        String id = accounts.next().get("id").asString();
        index.put(id, ids.size());
        ids.add(id);
      }
      ActivityLog.Builder log = ActivityLog.builder(ids);

      long untimedEngagements = 0;
      for (String query : List.of(POST_ENGAGEMENT, ACCOUNT_ENGAGEMENT)) {
        long t0=System.nanoTime(); Result rows = session.run(query);
        while (rows.hasNext()) {
          Record row = rows.next();
          Value at = row.get("at");
          if (at.isNull()) {
            untimedEngagements++;
            continue;
          }
          log.addEngagement(
              index.get(row.get("actor").asString()),
              index.get(row.get("target").asString()),
              typeByRelationship.get(row.get("type").asString()),
              day(at));
        }
        System.err.println("TIMING engagement " + (System.nanoTime()-t0)/1e9);
      }

      long t1=System.nanoTime(); long untimedPosts = 0;
      Result posts = session.run(POSTS);
      while (posts.hasNext()) {
        Record row = posts.next();
        Value at = row.get("at");
        if (at.isNull()) {
          untimedPosts++;
          continue;
        }
        log.addPost(index.get(row.get("author").asString()), day(at));
      }

      System.err.println("TIMING posts " + (System.nanoTime()-t1)/1e9); long t2=System.nanoTime(); Result follows = session.run(FOLLOWS);
      while (follows.hasNext()) {
        Record row = follows.next();
        Value since = row.get("since");
        log.addFollow(
            index.get(row.get("follower").asString()),
            index.get(row.get("followee").asString()),
            since.isNull() ? ActivityLog.NO_DAY : day(since));
      }
      System.err.println("TIMING follows " + (System.nanoTime()-t2)/1e9); long t3=System.nanoTime(); ActivityLog built = log.build(); System.err.println("TIMING build " + (System.nanoTime()-t3)/1e9);
      return new Read(built, untimedEngagements, untimedPosts);
    }
  }

  private static int day(Value epochSeconds) {
    return Math.toIntExact(Math.floorDiv(epochSeconds.asLong(), SECONDS_PER_DAY));
  }
}
