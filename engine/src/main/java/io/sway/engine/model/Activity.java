package io.sway.engine.model;

import static io.sway.engine.Checks.requireLength;

import io.sway.engine.graph.GraphSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * Everything the influence model reads for one run, as primitive arrays indexed from 0: the
 * accounts, the follow graph, the posts and the engagement events of the window. Built by the
 * loader from Neo4j (or by tests by hand); immutable by agreement (the arrays are shared, never
 * written after construction).
 *
 * <p>Times are epoch seconds (UTC). {@code windowStart} and {@code asOf} bound the window: every
 * post and event here lies in {@code [windowStart, asOf]}; accounts and follows are all that
 * exist at {@code asOf}.
 *
 * <h2>Accounts</h2> {@code accountCount} accounts; {@code createdAt[a]}; {@code verified[a]};
 * {@code network[a]} an index into {@code networks}; {@code person[a]} the owning person's index
 * or -1.
 *
 * <h2>Follows</h2> {@code follows}: a graph on the accounts, edge {@code u -> v} when {@code u}
 * follows {@code v}, weight 1.
 *
 * <h2>Posts</h2> {@code postCount} posts in the window; {@code postAuthor[p]}, {@code
 * postCreatedAt[p]}, {@code postReplyTo[p]} (a post index, or -1 when the post is not a reply or
 * replies to a post outside the window); topics as CSR: the topics of post {@code p} are {@code
 * postTopics[postTopicOffsets[p] .. postTopicOffsets[p+1])}, indexes into {@code topics}.
 *
 * <h2>Engagement events</h2> {@code eventCount} events, sorted by time: {@code eventActor[e]}
 * engaged with {@code eventTarget[e]} (an account: the post's author, or the account acted on
 * directly) through {@code eventPost[e]} (a post index, or -1 for an account-level event such as a
 * bare mention), of kind {@code eventType[e]} (an {@link EngagementType} ordinal), at {@code
 * eventAt[e]}. Self-engagement is not included.
 */
public record Activity(
    long windowStart,
    long asOf,
    int accountCount,
    long[] createdAt,
    boolean[] verified,
    int[] network,
    List<String> networks,
    int[] person,
    GraphSnapshot follows,
    int postCount,
    int[] postAuthor,
    long[] postCreatedAt,
    int[] postReplyTo,
    int[] postTopicOffsets,
    int[] postTopics,
    List<String> topics,
    int eventCount,
    int[] eventActor,
    int[] eventTarget,
    int[] eventPost,
    byte[] eventType,
    long[] eventAt) {

  public Activity {
    Objects.requireNonNull(follows, "follows");
    networks = List.copyOf(networks);
    topics = List.copyOf(topics);
    requireLength("createdAt", createdAt.length, accountCount);
    requireLength("verified", verified.length, accountCount);
    requireLength("network", network.length, accountCount);
    requireLength("person", person.length, accountCount);
    requireLength("follows vertices", follows.vertexCount(), accountCount);
    requireLength("postAuthor", postAuthor.length, postCount);
    requireLength("postCreatedAt", postCreatedAt.length, postCount);
    requireLength("postReplyTo", postReplyTo.length, postCount);
    requireLength("postTopicOffsets", postTopicOffsets.length, postCount + 1);
    requireLength("eventActor", eventActor.length, eventCount);
    requireLength("eventTarget", eventTarget.length, eventCount);
    requireLength("eventPost", eventPost.length, eventCount);
    requireLength("eventType", eventType.length, eventCount);
    requireLength("eventAt", eventAt.length, eventCount);
    if (windowStart > asOf) {
      throw new IllegalArgumentException(
          "windowStart must be <= asOf, was " + windowStart + " > " + asOf);
    }
  }

  /** The kind of event {@code e}. */
  public EngagementType type(int e) {
    return EngagementType.ofOrdinal(eventType[e]);
  }

  /** How many topics post {@code p} carries. */
  public int topicCount(int p) {
    return postTopicOffsets[p + 1] - postTopicOffsets[p];
  }

}
