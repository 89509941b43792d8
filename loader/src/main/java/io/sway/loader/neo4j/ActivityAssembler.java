package io.sway.loader.neo4j;

import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows an extraction reads (accounts, follows, engagement events, posts, keyed by Neo4j
 * node ids) into an {@link ActivityExtractor.Extracted} whose arrays do not depend on the order
 * the rows arrived in, so the in-process and the Bolt readers give identical results.
 *
 * <p>The canonical order: accounts by id ({@link String#compareTo}, as Cypher orders strings),
 * persons by their first account, posts by creation time then id, events by time then actor,
 * post, target and kind. Rows must come in the order accounts, then follows and events (any
 * order), then posts; nothing else is required of the reader.
 */
final class ActivityAssembler {
  private static final int NO_NODE = -1;
  private static final int INITIAL_CAPACITY = 1 << 10;

  private final ActivityBuilder builder;

  // accounts as read
  private int accountRows;
  private long[] accountNode = new long[INITIAL_CAPACITY];
  private String[] accountId = new String[INITIAL_CAPACITY];
  private long[] accountCreatedAt = new long[INITIAL_CAPACITY];
  private boolean[] accountVerified = new boolean[INITIAL_CAPACITY];
  private String[] accountNetwork = new String[INITIAL_CAPACITY];
  private String[] accountPerson = new String[INITIAL_CAPACITY];
  private NodeIndex accounts;
  private List<String> accountIds;
  private List<String> personIds;

  // events until the posts are known
  private int events;
  private int[] eventActor = new int[INITIAL_CAPACITY];
  private long[] eventTargetNode = new long[INITIAL_CAPACITY];
  private byte[] eventType = new byte[INITIAL_CAPACITY];
  private long[] eventAt = new long[INITIAL_CAPACITY];
  private long follows;

  // posts as read
  private int postRows;
  private long[] postNode = new long[INITIAL_CAPACITY];
  private String[] postId = new String[INITIAL_CAPACITY];
  private int[] postAuthor = new int[INITIAL_CAPACITY];
  private long[] postSecond = new long[INITIAL_CAPACITY];
  private int[] postNano = new int[INITIAL_CAPACITY];
  private String[][] postTopics = new String[INITIAL_CAPACITY][];
  private long[] postReplyToNode = new long[INITIAL_CAPACITY];

  // posts once numbered
  private NodeIndex posts;
  private int[] authorOfPost;

  ActivityAssembler(long windowStartSeconds, long asOfSeconds) {
    this.builder = new ActivityBuilder(windowStartSeconds, asOfSeconds);
  }

  /** One account; {@code personId} is null when nobody owns it. */
  void account(
      long node, String id, long createdAtSeconds, boolean verified, String network,
      String personId) {
    if (accountRows == accountNode.length) {
      int capacity = grow(accountRows);
      accountNode = Arrays.copyOf(accountNode, capacity);
      accountId = Arrays.copyOf(accountId, capacity);
      accountCreatedAt = Arrays.copyOf(accountCreatedAt, capacity);
      accountVerified = Arrays.copyOf(accountVerified, capacity);
      accountNetwork = Arrays.copyOf(accountNetwork, capacity);
      accountPerson = Arrays.copyOf(accountPerson, capacity);
    }
    accountNode[accountRows] = node;
    accountId[accountRows] = id;
    accountCreatedAt[accountRows] = createdAtSeconds;
    accountVerified[accountRows] = verified;
    accountNetwork[accountRows] = network;
    accountPerson[accountRows] = personId;
    accountRows++;
  }

  /** Numbers the accounts in id order; call once, after the last account. */
  void accountsDone() {
    Integer[] boxed = new Integer[accountRows];
    for (int i = 0; i < accountRows; i++) {
      boxed[i] = i;
    }
    String[] ids = accountId;
    Arrays.parallelSort(boxed, (a, b) -> ids[a].compareTo(ids[b]));
    accounts = new NodeIndex(accountRows);
    accountIds = new ArrayList<>(accountRows);
    personIds = new ArrayList<>();
    Map<String, Integer> persons = new HashMap<>();
    for (Integer row : boxed) {
      String person = accountPerson[row];
      int personIndex = person == null
          ? -1
          : persons.computeIfAbsent(person, p -> {
              personIds.add(p);
              return personIds.size() - 1;
            });
      int index = builder.addAccount(
          accountCreatedAt[row], accountVerified[row], accountNetwork[row], personIndex);
      accounts.put(accountNode[row], index);
      accountIds.add(ids[row]);
    }
    accountNode = null;
    accountId = null;
    accountCreatedAt = null;
    accountVerified = null;
    accountNetwork = null;
    accountPerson = null;
  }

  /** The index of the account at {@code node}, or -1 when the node is not an account. */
  int accountIndex(long node) {
    return accounts.get(node);
  }

  /** Account {@code source} follows account {@code target} (both {@link #accountIndex}es). */
  void follow(int source, int target) {
    builder.addFollow(source, target);
    follows++;
  }

  /**
   * The account at {@code actorNode} engaged with {@code targetNode}, an account or a post, at
   * {@code atSeconds}; the reader has checked the time is in the window. Ignored when the actor is
   * not an account, or (once the posts are known) the target is neither an account nor a post.
   */
  void event(long actorNode, EngagementType type, long targetNode, long atSeconds) {
    int actor = accounts.get(actorNode);
    if (actor < 0) {
      return;
    }
    if (events == eventActor.length) {
      int capacity = grow(events);
      eventActor = Arrays.copyOf(eventActor, capacity);
      eventTargetNode = Arrays.copyOf(eventTargetNode, capacity);
      eventType = Arrays.copyOf(eventType, capacity);
      eventAt = Arrays.copyOf(eventAt, capacity);
    }
    eventActor[events] = actor;
    eventTargetNode[events] = targetNode;
    eventType[events] = (byte) type.ordinal();
    eventAt[events] = atSeconds;
    events++;
  }

  /** The nodes engaged with by the events so far that are not accounts: the engaged posts. */
  NodeIndex engagedNonAccounts() {
    NodeIndex engaged = new NodeIndex(Math.max(1, events / 4));
    for (int e = 0; e < events; e++) {
      long node = eventTargetNode[e];
      if (accounts.get(node) < 0) {
        engaged.put(node, 0);
      }
    }
    return engaged;
  }

  /**
   * A post in the window (created in it, or engaged with in it) by the account at {@code
   * authorNode}; {@code replyToNode} is the post it replies to, or -1.
   */
  void post(
      long node, String id, long authorNode, long createdAtSecond, int createdAtNano,
      String[] topics, long replyToNode) {
    int author = accounts.get(authorNode);
    if (author < 0) {
      return;
    }
    if (postRows == postNode.length) {
      int capacity = grow(postRows);
      postNode = Arrays.copyOf(postNode, capacity);
      postId = Arrays.copyOf(postId, capacity);
      postAuthor = Arrays.copyOf(postAuthor, capacity);
      postSecond = Arrays.copyOf(postSecond, capacity);
      postNano = Arrays.copyOf(postNano, capacity);
      postTopics = Arrays.copyOf(postTopics, capacity);
      postReplyToNode = Arrays.copyOf(postReplyToNode, capacity);
    }
    postNode[postRows] = node;
    postId[postRows] = id;
    postAuthor[postRows] = author;
    postSecond[postRows] = createdAtSecond;
    postNano[postRows] = createdAtNano;
    postTopics[postRows] = topics;
    postReplyToNode[postRows] = replyToNode;
    postRows++;
  }

  /** Adds the posts and events in canonical order and builds the result. */
  ActivityExtractor.Extracted build() {
    List<String> postIds = addPosts();
    addEvents();
    return new ActivityExtractor.Extracted(
        builder.build(), accountIds, postIds, personIds, follows + events + postRows);
  }


  private List<String> addPosts() {
    long[] seconds = postSecond;
    int[] nanos = postNano;
    String[] ids = postId;
    int[] order = TimeOrder.of(seconds, postRows, (a, b) -> {
      int byNano = Integer.compare(nanos[a], nanos[b]);
      return byNano != 0 ? byNano : ids[a].compareTo(ids[b]);
    });
    posts = new NodeIndex(postRows);
    authorOfPost = new int[postRows];
    List<String> postIds = new ArrayList<>(postRows);
    for (int row : order) {
      int replyTo = postReplyToNode[row] == NO_NODE ? -1 : posts.get(postReplyToNode[row]);
      int index = builder.addPost(postAuthor[row], seconds[row], replyTo, postTopics[row]);
      posts.put(postNode[row], index);
      authorOfPost[index] = postAuthor[row];
      postIds.add(ids[row]);
    }
    postId = null;
    postTopics = null;
    return postIds;
  }

  private void addEvents() {
    int[] post = new int[events];
    int[] target = new int[events];
    for (int e = 0; e < events; e++) {
      int account = accounts.get(eventTargetNode[e]);
      if (account >= 0) {
        post[e] = -1;
        target[e] = account;
      } else {
        post[e] = posts.get(eventTargetNode[e]);
        target[e] = post[e] < 0 ? -1 : authorOfPost[post[e]];
      }
    }
    int[] actor = eventActor;
    byte[] type = eventType;
    int[] order = TimeOrder.of(eventAt, events, (a, b) -> {
      int c = Integer.compare(actor[a], actor[b]);
      if (c == 0) {
        c = Integer.compare(post[a], post[b]);
      }
      if (c == 0) {
        c = Integer.compare(target[a], target[b]);
      }
      return c != 0 ? c : Byte.compare(type[a], type[b]);
    });
    EngagementType[] types = EngagementType.values();
    for (int e : order) {
      if (target[e] < 0) {
        continue;
      }
      if (post[e] >= 0) {
        builder.addPostEvent(actor[e], types[type[e]], post[e], eventAt[e]);
      } else {
        builder.addAccountEvent(actor[e], types[type[e]], target[e], eventAt[e]);
      }
    }
  }

  private static int grow(int size) {
    return Math.max(INITIAL_CAPACITY, size + (size >> 1));
  }
}
