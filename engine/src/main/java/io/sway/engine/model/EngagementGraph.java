package io.sway.engine.model;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import java.util.Objects;

/**
 * The engagement of one window as a weighted graph on the accounts, edge {@code u -> v} when
 * {@code u} engaged with {@code v} (the engager points at the engaged), plus the indexes the model
 * stages share: each event's edge, posts by author and counted events by post. Built once per run
 * in {@code O(n + posts + events log(degree))}.
 *
 * <p><b>Counted events.</b> An event counts when its actor has positive {@linkplain EngagerTrust
 * trust weight} (is not excluded, and is not certain spam) and is neither the target itself nor
 * another account of the same person: engagement among one person's accounts is self-engagement
 * (a sockpuppet resharing its owner gains nothing). Other events are ignored by every stage, except
 * that a reactor's daily reaction count ({@link Amplification}) sees all of its events.
 *
 * <p><b>Edges.</b> The weight of {@code u -> v} is {@code S(u, v)}, the sum of the {@linkplain
 * EngagementTypeWeights type weights} of {@code u}'s counted events on {@code v}; every edge also
 * records the strongest type weight among them. Parallel events merge into one edge, so there is one
 * edge per engaging pair; an edge may weigh 0 when all its events are of kinds weighted 0.
 *
 * <p><b>Active accounts</b> are those that posted, acted or were acted on in the window (any event,
 * counted or not): the only ones with a score above 0.
 *
 * <p>Instances are immutable; the arrays are shared with the stages, read-only by contract.
 */
public final class EngagementGraph {
  private final Activity activity;
  private final EngagerTrust trust;
  private final EngagementTypeWeights weights;
  private final GraphSnapshot graph;
  private final int[] eventEdge;
  private final double[] strongestTypeWeight;
  private final int[] inEdgeToOutEdge;
  private final int[] authorPostOffsets;
  private final int[] authorPosts;
  private final int[] postEventOffsets;
  private final int[] postEvents;
  private final boolean[] active;
  private final int countedEvents;

  private EngagementGraph(Activity activity, EngagerTrust trust, EngagementTypeWeights weights) {
    this.activity = activity;
    this.trust = trust;
    this.weights = weights;
    int n = activity.accountCount();
    int events = activity.eventCount();
    double[] typeWeight = weights.byOrdinal();
    double[] engagerWeight = trust.weights();
    int[] actor = activity.eventActor();
    int[] target = activity.eventTarget();
    int[] person = activity.person();
    byte[] type = activity.eventType();

    boolean[] counted = new boolean[events];
    GraphSnapshot.Builder builder = GraphSnapshot.builder(n, events);
    int countedCount = 0;
    for (int e = 0; e < events; e++) {
      int u = actor[e];
      int v = target[e];
      boolean samePerson = person[u] >= 0 && person[u] == person[v];
      if (u != v && !samePerson && engagerWeight[u] > 0.0) {
        counted[e] = true;
        countedCount++;
        builder.addEdge(u, v, typeWeight[type[e]]);
      }
    }
    this.graph = builder.build();
    this.countedEvents = countedCount;

    this.eventEdge = new int[events];
    this.strongestTypeWeight = new double[graph.edgeCount()];
    for (int e = 0; e < events; e++) {
      if (counted[e]) {
        int edge = graph.edgeId(actor[e], target[e]);
        eventEdge[e] = edge;
        strongestTypeWeight[edge] = Math.max(strongestTypeWeight[edge], typeWeight[type[e]]);
      } else {
        eventEdge[e] = -1;
      }
    }

    Adjacency in = graph.inAdjacency();
    this.inEdgeToOutEdge = new int[graph.edgeCount()];
    for (int v = 0; v < n; v++) {
      for (int k = in.offsets()[v], end = in.offsets()[v + 1]; k < end; k++) {
        inEdgeToOutEdge[k] = graph.edgeId(in.neighbours()[k], v);
      }
    }

    int posts = activity.postCount();
    int[] postAuthor = activity.postAuthor();
    this.authorPostOffsets = new int[n + 1];
    for (int p = 0; p < posts; p++) {
      authorPostOffsets[postAuthor[p] + 1]++;
    }
    prefixSum(authorPostOffsets);
    this.authorPosts = new int[posts];
    int[] cursor = authorPostOffsets.clone();
    for (int p = 0; p < posts; p++) {
      authorPosts[cursor[postAuthor[p]]++] = p;
    }

    int[] eventPost = activity.eventPost();
    this.postEventOffsets = new int[posts + 1];
    for (int e = 0; e < events; e++) {
      if (counted[e] && eventPost[e] >= 0) {
        postEventOffsets[eventPost[e] + 1]++;
      }
    }
    prefixSum(postEventOffsets);
    this.postEvents = new int[postEventOffsets[posts]];
    cursor = postEventOffsets.clone();
    for (int e = 0; e < events; e++) {
      if (counted[e] && eventPost[e] >= 0) {
        postEvents[cursor[eventPost[e]]++] = e;
      }
    }

    this.active = new boolean[n];
    for (int p = 0; p < posts; p++) {
      active[postAuthor[p]] = true;
    }
    for (int e = 0; e < events; e++) {
      active[actor[e]] = true;
      active[target[e]] = true;
    }
  }

  /**
   * The engagement graph of a window.
   *
   * @throws IllegalArgumentException if {@code trust} covers another number of accounts
   */
  public static EngagementGraph of(
      Activity activity, EngagerTrust trust, EngagementTypeWeights weights) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(weights, "weights");
    if (trust.accountCount() != activity.accountCount()) {
      throw new IllegalArgumentException(
          "trust must cover " + activity.accountCount() + " accounts, covered "
              + trust.accountCount());
    }
    return new EngagementGraph(activity, trust, weights);
  }

  private static void prefixSum(int[] counts) {
    for (int i = 1; i < counts.length; i++) {
      counts[i] += counts[i - 1];
    }
  }

  public Activity activity() {
    return activity;
  }

  public EngagerTrust trust() {
    return trust;
  }

  public EngagementTypeWeights weights() {
    return weights;
  }

  /** The graph: edge {@code u -> v} weighing {@code S(u, v)}. */
  public GraphSnapshot graph() {
    return graph;
  }

  public int accountCount() {
    return activity.accountCount();
  }

  /** The number of counted events. */
  public int countedEventCount() {
    return countedEvents;
  }

  /** The edge of event {@code e}, or -1 when the event is not counted. */
  public int edgeOfEvent(int e) {
    return eventEdge[e];
  }

  /** The strongest type weight among the events of {@code edge}. */
  public double strongestTypeWeight(int edge) {
    return strongestTypeWeight[edge];
  }

  /** Whether account {@code a} posted, acted or was acted on in the window. */
  public boolean active(int a) {
    return active[a];
  }

  /** The number of posts {@code a} wrote in the window. */
  public int postCount(int a) {
    return authorPostOffsets[a + 1] - authorPostOffsets[a];
  }

  int[] eventEdges() {
    return eventEdge;
  }

  double[] strongestTypeWeights() {
    return strongestTypeWeight;
  }

  /** For position {@code k} of the in-adjacency, the id of the same edge in the out-adjacency. */
  int[] inEdgeToOutEdge() {
    return inEdgeToOutEdge;
  }

  /** Posts of author {@code a}: {@code authorPosts[authorPostOffsets[a] .. [a + 1])}. */
  int[] authorPostOffsets() {
    return authorPostOffsets;
  }

  int[] authorPosts() {
    return authorPosts;
  }

  /** Counted events on post {@code p}, in time order: {@code postEvents[offsets[p] .. [p + 1])}. */
  int[] postEventOffsets() {
    return postEventOffsets;
  }

  int[] postEvents() {
    return postEvents;
  }

  boolean[] activeAccounts() {
    return active;
  }

  @Override
  public String toString() {
    return "EngagementGraph[accounts=" + accountCount() + ", edges=" + graph.edgeCount()
        + ", countedEvents=" + countedEvents + "]";
  }
}
