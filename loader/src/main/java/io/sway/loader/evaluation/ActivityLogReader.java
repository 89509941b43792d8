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
 * Reads a whole graph's activity out of Neo4j into an {@link ActivityLog}, once: two streaming
 * queries over Bolt, the account ids, then one row per account with the days of its posts, the
 * interactions it gave and the follows it made. Each row is decoded straight into primitive
 * arrays; no result is held whole on either side.
 *
 * <p>Grouping by account (pattern comprehensions) rather than streaming one row per edge halves
 * the time on the bulk-loaded 100,000-account network (about 1.9 million follows and a million
 * interactions): Bolt's cost is per record more than per value.
 *
 * <p>Engagement is read as {@link io.sway.loader.neo4j.SnapshotExtractor} reads it for a window:
 * an interaction with a post engages the post's author; one with an account engages that account.
 * Timestamps arrive as epoch seconds and are kept as UTC days. An interaction or a post without
 * a timestamp is skipped and counted (no window contains it, so no run scores it either).
 */
public final class ActivityLogReader {
  private static final long SECONDS_PER_DAY = 86_400;

  private static final String ACCOUNTS = "MATCH (a:Account) RETURN a.id AS id ORDER BY id";

  private static final String ACTIVITY =
      """
      MATCH (a:Account)
      RETURN a.id AS id,
        [(a)-[:POSTED]->(p:Post) | p.createdAt.epochSeconds] AS posts,
        [(a)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(:Post)<-[:POSTED]-(engaged:Account)
           | [engaged.id, type(r), r.at.epochSeconds]]
          + [(a)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(engaged:Account)
           | [engaged.id, type(r), r.at.epochSeconds]] AS engagements,
        [(a)-[f:FOLLOWS]->(followee:Account) | [followee.id, f.since.epochSeconds]] AS follows
      """;

  /** Positions inside an engagement's list. */
  private static final int ENGAGED = 0;
  private static final int TYPE = 1;
  private static final int AT = 2;

  /** Positions inside a follow's list. */
  private static final int FOLLOWEE = 0;
  private static final int SINCE = 1;

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
      long untimedPosts = 0;
      Result rows = session.run(ACTIVITY);
      while (rows.hasNext()) {
        Record row = rows.next();
        int account = index.get(row.get("id").asString());
        for (Value at : row.get("posts").values()) {
          if (at.isNull()) {
            untimedPosts++;
          } else {
            log.addPost(account, day(at));
          }
        }
        for (Value engagement : row.get("engagements").values()) {
          Value at = engagement.get(AT);
          if (at.isNull()) {
            untimedEngagements++;
            continue;
          }
          log.addEngagement(
              account,
              index.get(engagement.get(ENGAGED).asString()),
              typeByRelationship.get(engagement.get(TYPE).asString()),
              day(at));
        }
        for (Value follow : row.get("follows").values()) {
          Value since = follow.get(SINCE);
          log.addFollow(
              account,
              index.get(follow.get(FOLLOWEE).asString()),
              since.isNull() ? ActivityLog.NO_DAY : day(since));
        }
      }
      return new Read(log.build(), untimedEngagements, untimedPosts);
    }
  }

  private static int day(Value epochSeconds) {
    return Math.toIntExact(Math.floorDiv(epochSeconds.asLong(), SECONDS_PER_DAY));
  }
}
