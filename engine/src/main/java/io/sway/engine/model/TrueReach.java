package io.sway.engine.model;

import io.sway.engine.graph.Adjacency;
import java.util.Arrays;
import java.util.Objects;

/**
 * True Reach: the audience that really engages (PRODUCT.md, "The score", part 1).
 *
 * <pre>
 *   reach(v) = Σ_{u engaged with v} trust(u) × circleFactor(u -> v) × max_{events of u on v} typeWeight
 * </pre>
 *
 * Every distinct engager counts once, at the weight of its strongest kind of engagement ({@link
 * EngagementTypeWeights}: a reshare 1, a like 0.3), so a hundred likes from one account are one
 * engager at 0.3. Excluded engagers (spam, bought, inactive) have trust 0 and add nothing; engagers
 * with a spam probability {@code p} add {@code 1 - p}; engagement inside a closed circle is reduced
 * by its {@linkplain EngagementCircles circle factor}. Follows play no part: a bought follower who
 * never engages adds nothing, and neither does a real follower who never engages.
 *
 * <p>The same count per post, over the engagers of that post, is the post's engagement ({@link
 * ReachResult#postEngagement()}), used for topics and explanations.
 *
 * <p>Related: Cha, Haddadi, Benevenuto, Gummadi, "Measuring User Influence in Twitter: The Million
 * Follower Fallacy", ICWSM 2010 (follower counts rank differently from engagement).
 *
 * <p>Cost: {@code O(n + m)} over the engagement graph for accounts, {@code O(events)} for posts;
 * extra memory one {@code int} and one {@code double} array of length {@code n}. Exact; no ties.
 */
public final class TrueReach {
  private final EngagementGraph engagement;
  private final CircleDiscounts circles;

  public TrueReach(EngagementGraph engagement, CircleDiscounts circles) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.circles = Objects.requireNonNull(circles, "circles");
    if (circles.edgeFactor().length != engagement.graph().edgeCount()) {
      throw new IllegalArgumentException(
          "circles must cover " + engagement.graph().edgeCount() + " edges, covered "
              + circles.edgeFactor().length);
    }
  }

  public ReachResult compute() {
    int n = engagement.accountCount();
    double[] trust = engagement.trust().weights();
    double[] factor = circles.edgeFactor();
    double[] strongest = engagement.strongestTypeWeights();
    Adjacency in = engagement.graph().inAdjacency();
    int[] inOffsets = in.offsets();
    int[] sources = in.neighbours();
    int[] outEdge = engagement.inEdgeToOutEdge();

    double[] reach = new double[n];
    int[] engagers = new int[n];
    for (int v = 0; v < n; v++) {
      double sum = 0.0;
      for (int k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
        int edge = outEdge[k];
        sum += trust[sources[k]] * factor[edge] * strongest[edge];
      }
      reach[v] = sum;
      engagers[v] = inOffsets[v + 1] - inOffsets[v];
    }

    Activity activity = engagement.activity();
    int posts = activity.postCount();
    int[] actor = activity.eventActor();
    byte[] type = activity.eventType();
    int[] eventEdge = engagement.eventEdges();
    int[] postEventOffsets = engagement.postEventOffsets();
    int[] postEvents = engagement.postEvents();
    double[] typeWeight = engagement.weights().byOrdinal();
    double[] postEngagement = new double[posts];
    int[] postEngagers = new int[posts];
    int[] seenOnPost = new int[n];
    Arrays.fill(seenOnPost, -1);
    double[] best = new double[n];
    int[] distinct = new int[n];
    for (int p = 0; p < posts; p++) {
      int count = 0;
      for (int i = postEventOffsets[p]; i < postEventOffsets[p + 1]; i++) {
        int e = postEvents[i];
        int u = actor[e];
        double w = trust[u] * factor[eventEdge[e]] * typeWeight[type[e]];
        if (seenOnPost[u] != p) {
          seenOnPost[u] = p;
          best[u] = w;
          distinct[count++] = u;
        } else if (w > best[u]) {
          best[u] = w;
        }
      }
      double sum = 0.0;
      for (int i = 0; i < count; i++) {
        sum += best[distinct[i]];
      }
      postEngagement[p] = sum;
      postEngagers[p] = count;
    }
    return new ReachResult(reach, engagers, postEngagement, postEngagers);
  }
}
