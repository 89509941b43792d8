package io.sway.loader.neo4j;

import io.sway.engine.model.EngagementType;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Reads an extraction's rows straight from the embedded database's store in one read
 * transaction, walking each account's relationships with the core API instead of streaming
 * Cypher results over Bolt. It reads exactly what {@link BoltActivityReader}'s queries return.
 */
final class EmbeddedActivityReader {
  private static final Label ACCOUNT = Label.label("Account");
  private static final Label POST = Label.label("Post");
  private static final Label PERSON = Label.label("Person");
  private static final RelationshipType OWNS = RelationshipType.withName("OWNS");
  private static final RelationshipType FOLLOWS = RelationshipType.withName("FOLLOWS");
  private static final RelationshipType POSTED = RelationshipType.withName("POSTED");
  private static final RelationshipType REPLY_TO = RelationshipType.withName("REPLY_TO");

  private final GraphDatabaseService database;
  private final RelationshipType[] engagementTypes;
  private final Map<String, EngagementType> typeByName = new HashMap<>();

  EmbeddedActivityReader(GraphDatabaseService database) {
    this.database = database;
    engagementTypes = ActivityExtractor.RELATIONSHIP_TYPES.values().stream()
        .map(RelationshipType::withName)
        .toArray(RelationshipType[]::new);
    ActivityExtractor.RELATIONSHIP_TYPES.forEach((type, name) -> typeByName.put(name, type));
  }

  void read(Instant from, Instant to, ActivityAssembler out) {
    try (Transaction tx = database.beginTx()) {
      readAccounts(tx, out);
      try (ResourceIterator<Node> accounts = tx.findNodes(ACCOUNT)) {
        while (accounts.hasNext()) {
          Node account = accounts.next();
          long actor = account.getId();
          int actorIndex = out.accountIndex(actor);
          for (Relationship follow : account.getRelationships(Direction.OUTGOING, FOLLOWS)) {
            int target = out.accountIndex(follow.getEndNodeId());
            if (target >= 0) {
              out.follow(actorIndex, target);
            }
          }
          for (Relationship r : account.getRelationships(Direction.OUTGOING, engagementTypes)) {
            Instant at = instant(r.getProperty("at", null));
            if (at != null && !at.isBefore(from) && !at.isAfter(to)) {
              out.event(actor, typeByName.get(r.getType().name()), r.getEndNodeId(),
                  at.getEpochSecond());
            }
          }
        }
      }
      NodeIndex engaged = out.engagedNonAccounts();
      try (ResourceIterator<Node> posts = tx.findNodes(POST)) {
        while (posts.hasNext()) {
          Node post = posts.next();
          Instant createdAt = instant(post.getProperty("createdAt", null));
          boolean inWindow = createdAt != null && !createdAt.isBefore(from) && !createdAt.isAfter(to);
          if (!inWindow && !engaged.contains(post.getId())) {
            continue;
          }
          readPost(post, createdAt, out);
        }
      }
      tx.commit();
    }
  }

  private static void readAccounts(Transaction tx, ActivityAssembler out) {
    try (ResourceIterator<Node> accounts = tx.findNodes(ACCOUNT)) {
      while (accounts.hasNext()) {
        Node account = accounts.next();
        String person = null;
        for (Relationship owns : account.getRelationships(Direction.INCOMING, OWNS)) {
          Node owner = owns.getStartNode();
          if (owner.hasLabel(PERSON)) {
            person = (String) owner.getProperty("id", null);
            break;
          }
        }
        Object verified = account.getProperty("verified", null);
        out.account(account.getId(), (String) account.getProperty("id"),
            instant(account.getProperty("createdAt")).getEpochSecond(),
            verified != null && (Boolean) verified, (String) account.getProperty("network"), person);
      }
    }
    out.accountsDone();
  }

  private static void readPost(Node post, Instant createdAt, ActivityAssembler out) {
    long author = -1;
    for (Relationship posted : post.getRelationships(Direction.INCOMING, POSTED)) {
      author = posted.getStartNodeId();
      break;
    }
    long replyTo = -1;
    for (Relationship reply : post.getRelationships(Direction.OUTGOING, REPLY_TO)) {
      Node target = reply.getEndNode();
      if (target.hasLabel(POST)) {
        replyTo = target.getId();
        break;
      }
    }
    Object topics = post.getProperty("topics", null);
    out.post(post.getId(), (String) post.getProperty("id"), author, createdAt.getEpochSecond(),
        createdAt.getNano(), topics == null ? new String[0] : (String[]) topics, replyTo);
  }

  private static Instant instant(Object value) {
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof Temporal temporal) {
      return Instant.from(temporal);
    }
    return null;
  }
}
