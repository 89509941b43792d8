package io.sway.engine.model;

import io.sway.engine.graph.GraphSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles an {@link Activity} row by row: accounts first, then follows, posts and events in
 * any order. Used by the loader when reading Neo4j and by tests to write small graphs by hand.
 * Events are sorted by time on {@link #build()}; topics and networks are interned by name.
 */
public final class ActivityBuilder {
  private static final int INITIAL_CAPACITY = 16;

  private final long windowStart;
  private final long asOf;

  private int accountCount;
  private long[] createdAt = new long[INITIAL_CAPACITY];
  private boolean[] verified = new boolean[INITIAL_CAPACITY];
  private int[] network = new int[INITIAL_CAPACITY];
  private int[] person = new int[INITIAL_CAPACITY];
  private final Map<String, Integer> networkIndex = new HashMap<>();
  private final List<String> networks = new ArrayList<>();

  private int followCount;
  private int[] followSource = new int[INITIAL_CAPACITY];
  private int[] followTarget = new int[INITIAL_CAPACITY];

  private int postCount;
  private int[] postAuthor = new int[INITIAL_CAPACITY];
  private long[] postCreatedAt = new long[INITIAL_CAPACITY];
  private int[] postReplyTo = new int[INITIAL_CAPACITY];
  private int[] postTopicOffsets = new int[INITIAL_CAPACITY + 1];
  private int postTopicCount;
  private int[] postTopics = new int[INITIAL_CAPACITY];
  private final Map<String, Integer> topicIndex = new HashMap<>();
  private final List<String> topics = new ArrayList<>();

  private int eventCount;
  private int[] eventActor = new int[INITIAL_CAPACITY];
  private int[] eventTarget = new int[INITIAL_CAPACITY];
  private int[] eventPost = new int[INITIAL_CAPACITY];
  private byte[] eventType = new byte[INITIAL_CAPACITY];
  private long[] eventAt = new long[INITIAL_CAPACITY];

  /** A builder for the window {@code [windowStart, asOf]}, in epoch seconds. */
  public ActivityBuilder(long windowStart, long asOf) {
    if (windowStart > asOf) {
      throw new IllegalArgumentException(
          "windowStart must be <= asOf, was " + windowStart + " > " + asOf);
    }
    this.windowStart = windowStart;
    this.asOf = asOf;
  }

  /** Adds an account and returns its index. {@code personIndex} is -1 when nobody owns it. */
  public int addAccount(long createdAtSeconds, boolean isVerified, String networkName, int personIndex) {
    if (accountCount == createdAt.length) {
      int capacity = grow(accountCount);
      createdAt = Arrays.copyOf(createdAt, capacity);
      verified = Arrays.copyOf(verified, capacity);
      network = Arrays.copyOf(network, capacity);
      person = Arrays.copyOf(person, capacity);
    }
    createdAt[accountCount] = createdAtSeconds;
    verified[accountCount] = isVerified;
    network[accountCount] = intern(networkName, networkIndex, networks);
    person[accountCount] = personIndex;
    return accountCount++;
  }

  /** {@code follower} follows {@code followee}. */
  public ActivityBuilder addFollow(int follower, int followee) {
    requireAccount("follower", follower);
    requireAccount("followee", followee);
    if (followCount == followSource.length) {
      int capacity = grow(followCount);
      followSource = Arrays.copyOf(followSource, capacity);
      followTarget = Arrays.copyOf(followTarget, capacity);
    }
    followSource[followCount] = follower;
    followTarget[followCount] = followee;
    followCount++;
    return this;
  }

  /** Adds a post and returns its index; {@code replyTo} is a post index or -1. */
  public int addPost(int author, long createdAtSeconds, int replyTo, String... topicNames) {
    requireAccount("author", author);
    if (replyTo < -1 || replyTo >= postCount) {
      throw new IllegalArgumentException(
          "replyTo must be -1 or an earlier post in [0, " + postCount + "), was " + replyTo);
    }
    if (postCount == postAuthor.length) {
      int capacity = grow(postCount);
      postAuthor = Arrays.copyOf(postAuthor, capacity);
      postCreatedAt = Arrays.copyOf(postCreatedAt, capacity);
      postReplyTo = Arrays.copyOf(postReplyTo, capacity);
      postTopicOffsets = Arrays.copyOf(postTopicOffsets, capacity + 1);
    }
    for (String topic : topicNames) {
      if (postTopicCount == postTopics.length) {
        postTopics = Arrays.copyOf(postTopics, grow(postTopicCount));
      }
      postTopics[postTopicCount++] = intern(topic, topicIndex, topics);
    }
    postAuthor[postCount] = author;
    postCreatedAt[postCount] = createdAtSeconds;
    postReplyTo[postCount] = replyTo;
    postTopicOffsets[postCount + 1] = postTopicCount;
    return postCount++;
  }

  /** {@code actor} engaged with post {@code post} (whose author is the target). */
  public ActivityBuilder addPostEvent(int actor, EngagementType type, int post, long atSeconds) {
    if (post < 0 || post >= postCount) {
      throw new IllegalArgumentException("post must be in [0, " + postCount + "), was " + post);
    }
    return addEvent(actor, postAuthor[post], post, type, atSeconds);
  }

  /** {@code actor} engaged with account {@code target} directly (no post), e.g. a mention. */
  public ActivityBuilder addAccountEvent(int actor, EngagementType type, int target, long atSeconds) {
    requireAccount("target", target);
    return addEvent(actor, target, -1, type, atSeconds);
  }

  private ActivityBuilder addEvent(int actor, int target, int post, EngagementType type, long at) {
    requireAccount("actor", actor);
    if (actor == target) {
      return this;
    }
    if (eventCount == eventActor.length) {
      int capacity = grow(eventCount);
      eventActor = Arrays.copyOf(eventActor, capacity);
      eventTarget = Arrays.copyOf(eventTarget, capacity);
      eventPost = Arrays.copyOf(eventPost, capacity);
      eventType = Arrays.copyOf(eventType, capacity);
      eventAt = Arrays.copyOf(eventAt, capacity);
    }
    eventActor[eventCount] = actor;
    eventTarget[eventCount] = target;
    eventPost[eventCount] = post;
    eventType[eventCount] = (byte) type.ordinal();
    eventAt[eventCount] = at;
    eventCount++;
    return this;
  }

  public int accountCount() {
    return accountCount;
  }

  public Activity build() {
    GraphSnapshot.Builder followGraph = GraphSnapshot.builder(accountCount, followCount);
    for (int i = 0; i < followCount; i++) {
      followGraph.addEdge(followSource[i], followTarget[i], 1.0);
    }
    int[] order = eventOrderByTime();
    int[] actor = new int[eventCount];
    int[] target = new int[eventCount];
    int[] post = new int[eventCount];
    byte[] type = new byte[eventCount];
    long[] at = new long[eventCount];
    for (int i = 0; i < eventCount; i++) {
      int e = order[i];
      actor[i] = eventActor[e];
      target[i] = eventTarget[e];
      post[i] = eventPost[e];
      type[i] = eventType[e];
      at[i] = eventAt[e];
    }
    return new Activity(
        windowStart, asOf, accountCount,
        Arrays.copyOf(createdAt, accountCount), Arrays.copyOf(verified, accountCount),
        Arrays.copyOf(network, accountCount), networks, Arrays.copyOf(person, accountCount),
        followGraph.build(),
        postCount, Arrays.copyOf(postAuthor, postCount), Arrays.copyOf(postCreatedAt, postCount),
        Arrays.copyOf(postReplyTo, postCount), Arrays.copyOf(postTopicOffsets, postCount + 1),
        Arrays.copyOf(postTopics, postTopicCount), topics,
        eventCount, actor, target, post, type, at);
  }

  /** Event indexes sorted by time, ties in insertion order; already-ordered input costs one pass. */
  private int[] eventOrderByTime() {
    long[] keys = new long[eventCount];
    boolean sorted = true;
    for (int e = 0; e < eventCount; e++) {
      keys[e] = eventAt[e];
      sorted &= e == 0 || eventAt[e - 1] <= eventAt[e];
    }
    int[] order = new int[eventCount];
    for (int e = 0; e < eventCount; e++) {
      order[e] = e;
    }
    if (!sorted) {
      Integer[] boxed = new Integer[eventCount];
      for (int e = 0; e < eventCount; e++) {
        boxed[e] = e;
      }
      Arrays.sort(boxed, (a, b) -> Long.compare(keys[a], keys[b]));
      for (int e = 0; e < eventCount; e++) {
        order[e] = boxed[e];
      }
    }
    return order;
  }

  private void requireAccount(String role, int account) {
    if (account < 0 || account >= accountCount) {
      throw new IllegalArgumentException(
          role + " must be an account in [0, " + accountCount + "), was " + account);
    }
  }

  private static int intern(String name, Map<String, Integer> index, List<String> names) {
    return index.computeIfAbsent(name, n -> {
      names.add(n);
      return names.size() - 1;
    });
  }

  private static int grow(int size) {
    return Math.max(INITIAL_CAPACITY, size + (size >> 1));
  }
}
