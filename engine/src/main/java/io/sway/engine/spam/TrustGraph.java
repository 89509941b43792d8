package io.sway.engine.spam;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.Activity;

/**
 * The undirected social graph trust is propagated over: one symmetric edge per pair of accounts
 * tied by a follow or by engagement in the window, stored as a {@link GraphSnapshot} holding both
 * directions with equal weights.
 *
 * <p>The weight of the pair {@code {u, v}} is
 *
 * <pre>
 *   w(u, v) = followWeight     * tie(u follows v, v follows u)
 *           + engagementWeight * tie(u engaged v, v engaged u)
 *   tie(a, b) = 1 when both hold, oneSidedShare when exactly one holds, 0 when neither
 * </pre>
 *
 * Engagement counts as present or absent per direction, however many events there were, so that
 * liking every post of someone builds no stronger tie than liking one.
 *
 * <p>Why one-sided ties are discounted: SybilRank's guarantee rests on attack edges (ties between
 * fake and genuine accounts) being scarce, because a genuine person has to accept each one. On a
 * directed network a fake account creates a one-sided tie alone, by following or liking anybody,
 * and in an undirected walk trust would flow back along it into the fake region. A tie both sides
 * took part in needs the genuine account's consent, as a friendship on the Tuenti graph the paper
 * measured does. Self-ties are ignored.
 *
 * <p>Cost: {@code O(n + m)} for {@code m} follows and engagement pairs (each reverse tie is found
 * by walking an account's out- and in-rows side by side); memory 48 bytes per tied pair.
 */
public final class TrustGraph {
  private TrustGraph() {}

  /** The trust graph of {@code activity} with the tie weights of {@code config}. */
  public static GraphSnapshot of(Activity activity, SpamConfig config) {
    return of(activity.follows(), engagementPairs(activity), config);
  }

  /**
   * The directed engagement graph of the window: an edge {@code actor -> target} of weight equal
   * to the number of events from actor to target.
   */
  static GraphSnapshot engagementPairs(Activity activity) {
    GraphSnapshot.Builder builder =
        GraphSnapshot.builder(activity.accountCount(), activity.eventCount());
    int[] actor = activity.eventActor();
    int[] target = activity.eventTarget();
    for (int e = 0; e < activity.eventCount(); e++) {
      builder.addEdge(actor[e], target[e], 1.0);
    }
    return builder.build();
  }

  static GraphSnapshot of(GraphSnapshot follows, GraphSnapshot engagements, SpamConfig config) {
    int n = follows.vertexCount();
    GraphSnapshot.Builder builder =
        GraphSnapshot.builder(n, 2 * (follows.edgeCount() + engagements.edgeCount()));
    addTies(builder, follows, config.followWeight(), config.oneSidedShare());
    addTies(builder, engagements, config.engagementWeight(), config.oneSidedShare());
    return builder.build();
  }

  /**
   * Adds each pair of {@code relation} once, in both directions, with its tie weight. Whether
   * {@code v -> u} exists for an edge {@code u -> v} is read off {@code u}'s in-row, which is
   * sorted like its out-row, by walking both rows together: one sequential pass per row instead
   * of a binary search in {@code v}'s row (a cache miss per edge on a large graph).
   */
  private static void addTies(
      GraphSnapshot.Builder builder, GraphSnapshot relation, double weight, double oneSidedShare) {
    if (weight == 0.0) {
      return;
    }
    Adjacency out = relation.outAdjacency();
    int[] offsets = out.offsets();
    int[] targets = out.neighbours();
    Adjacency in = relation.inAdjacency();
    int[] inOffsets = in.offsets();
    int[] sources = in.neighbours();
    double oneSided = weight * oneSidedShare;
    for (int u = 0; u < relation.vertexCount(); u++) {
      int j = inOffsets[u];
      int inEnd = inOffsets[u + 1];
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        int v = targets[k];
        if (u == v) {
          continue;
        }
        while (j < inEnd && sources[j] < v) {
          j++;
        }
        boolean mutual = j < inEnd && sources[j] == v;
        if (mutual && u > v) {
          continue; // the pair was added from v's row
        }
        double w = mutual ? weight : oneSided;
        if (w > 0.0) {
          builder.addEdge(u, v, w);
          builder.addEdge(v, u, w);
        }
      }
    }
  }
}
