package io.sway.engine.model;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import java.util.Arrays;
import java.util.Objects;

/**
 * Finds engagement that circulates inside closed circles (engagement pods, echo chambers) and
 * discounts it, so that their members do not inflate each other's reach, amplification and
 * influence (PRODUCT.md R9).
 *
 * <p>For every pair of accounts {@code u, v} that engaged with each other (a <i>mutual</i> pair of
 * the {@link EngagementGraph}), both edges {@code u -> v} and {@code v -> u} get the factor
 *
 * <pre>
 *   factor(u, v) = 1 - discount × reciprocity(u, v) × closure(u, v)
 *   reciprocity(u, v) = min(1, 2 × min(s(u,v), s(v,u)) / max(s(u,v), s(v,u)))
 *   s(u, v)           = S(u,v) / max(1, posts of v in the window)
 *   closure(u, v)     = max(min(share(u), share(v)), min(1, |C(u,v)| / circleSize))
 *   share(u)          = (S(u,v) + Σ_{c ∈ C(u,v)} S(u,c)) / W(u)
 * </pre>
 *
 * where {@code S} is the edge weight (type-weighted engagement), {@code W(u)} the total weight of
 * {@code u}'s out-edges, and {@code C(u, v)} the common circle: the accounts mutual with both
 * {@code u} and {@code v}. Edges that are not reciprocated keep factor 1.
 *
 * <ul>
 *   <li>{@code reciprocity} compares the engagement each gives per post of the other, so that a
 *       pod resharing each other's every post is fully reciprocal however differently often its
 *       members post; it is 1 when each gives at least half as much per post as it gets, and near
 *       0 for a fan and the celebrity who once answered.
 *   <li>{@code closure} is the smaller of the two shares of engagement spent inside the pair and
 *       its common circle: 1 for a clique whose members engage nobody else; small when either side
 *       engages mostly outside (a celebrity answering a fan spends almost nothing on that fan).
 *       Or it is the size of their common circle against {@code circleSize}: two accounts that
 *       engage each other as much as they are engaged, and share several partners who do the
 *       same, are a pod even when its members also engage outside it (pods do, to look organic).
 * </ul>
 *
 * A clique of {@code k} accounts each giving everyone everything and nothing to anyone else gets
 * factor {@code 1 - discount} on every internal edge (0.1 by default); two friends who also engage
 * widely elsewhere keep most of their engagement.
 *
 * <p>Related: the "reciprocity" and "link farm" heuristics of web spam detection (Gyöngyi and
 * Garcia-Molina, "Link Spam Alliances", VLDB 2005), adapted from links to engagement volume.
 *
 * <p>Cost: one binary search per edge for its reverse, then for every mutual pair an intersection
 * of the two mutual-partner lists, iterating the shorter and binary-searching the longer: {@code
 * O(m log d + Σ_pairs min(d_u, d_v) log max(d_u, d_v))} for mutual degrees {@code d}, at most
 * {@code O(m^1.5 log m)} and near linear on social graphs, where mutual degrees are small. Extra
 * memory: three {@code int} arrays of length {@code m} and one of {@code n}. Deterministic; ties do
 * not arise (every pair is computed once, in order).
 */
public final class EngagementCircles {
  /** Engagement returned at half the volume received already counts as fully reciprocal. */
  private static final double BALANCE = 2.0;

  private final EngagementGraph engagement;
  private final CircleConfig config;

  public EngagementCircles(EngagementGraph engagement, CircleConfig config) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.config = Objects.requireNonNull(config, "config");
  }

  public CircleDiscounts compute() {
    GraphSnapshot graph = engagement.graph();
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    Adjacency out = graph.outAdjacency();
    int[] offsets = out.offsets();
    int[] targets = out.neighbours();
    double[] weight = out.weights();

    int[] reverse = new int[m];
    int[] mutualOffsets = new int[n + 1];
    for (int u = 0; u < n; u++) {
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        reverse[k] = graph.edgeId(targets[k], u);
        if (reverse[k] >= 0) {
          mutualOffsets[u + 1]++;
        }
      }
    }
    for (int u = 0; u < n; u++) {
      mutualOffsets[u + 1] += mutualOffsets[u];
    }
    // mutual partners of u, ascending (out rows are sorted), with the edge u -> partner
    int[] partner = new int[mutualOffsets[n]];
    int[] partnerEdge = new int[mutualOffsets[n]];
    for (int u = 0, i = 0; u < n; u++) {
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        if (reverse[k] >= 0) {
          partner[i] = targets[k];
          partnerEdge[i] = k;
          i++;
        }
      }
    }

    // each account's posts in the window, at least 1 (engagement of a bare account)
    double[] posts = new double[n];
    for (int author : engagement.activity().postAuthor()) {
      posts[author]++;
    }
    for (int a = 0; a < n; a++) {
      posts[a] = Math.max(1.0, posts[a]);
    }

    double[] factor = new double[m];
    Arrays.fill(factor, 1.0);
    double discount = config.discount();
    double circleSize = config.circleSize();
    int mutualPairs = 0;
    int discountedPairs = 0;
    double[] inside = new double[3];
    for (int u = 0; u < n; u++) {
      for (int i = mutualOffsets[u]; i < mutualOffsets[u + 1]; i++) {
        int v = partner[i];
        if (v < u) {
          continue; // each pair once, from its smaller end
        }
        mutualPairs++;
        int uv = partnerEdge[i];
        int vu = reverse[uv];
        double larger = Math.max(weight[uv], weight[vu]);
        if (larger == 0.0 || discount == 0.0) {
          continue;
        }
        double perPostUv = weight[uv] / posts[v];
        double perPostVu = weight[vu] / posts[u];
        double reciprocity = Math.min(1.0,
            BALANCE * Math.min(perPostUv, perPostVu) / Math.max(perPostUv, perPostVu));
        if (reciprocity == 0.0) {
          continue;
        }
        commonCircleWeight(u, v, mutualOffsets, partner, partnerEdge, weight, inside);
        double shareU = (weight[uv] + inside[0]) / graph.outWeight(u);
        double shareV = (weight[vu] + inside[1]) / graph.outWeight(v);
        double closure = Math.max(
            Math.min(1.0, Math.min(shareU, shareV)), Math.min(1.0, inside[2] / circleSize));
        double f = 1.0 - discount * reciprocity * closure;
        if (f < 1.0) {
          factor[uv] = f;
          factor[vu] = f;
          discountedPairs++;
        }
      }
    }
    return new CircleDiscounts(factor, mutualPairs, discountedPairs, discount);
  }

  /**
   * Writes {@code Σ_c S(u,c)} and {@code Σ_c S(v,c)} over the common mutual partners {@code c} of
   * {@code u} and {@code v} into {@code sums[0]} and {@code sums[1]}, and their number into {@code
   * sums[2]}: iterates the shorter list and binary-searches the longer.
   */
  private static void commonCircleWeight(
      int u,
      int v,
      int[] mutualOffsets,
      int[] partner,
      int[] partnerEdge,
      double[] weight,
      double[] sums) {
    int shortOwner = u;
    int longOwner = v;
    if (mutualOffsets[u + 1] - mutualOffsets[u] > mutualOffsets[v + 1] - mutualOffsets[v]) {
      shortOwner = v;
      longOwner = u;
    }
    double shortSum = 0.0;
    double longSum = 0.0;
    int common = 0;
    int longFrom = mutualOffsets[longOwner];
    int longTo = mutualOffsets[longOwner + 1];
    for (int i = mutualOffsets[shortOwner]; i < mutualOffsets[shortOwner + 1]; i++) {
      int c = partner[i];
      int j = Arrays.binarySearch(partner, longFrom, longTo, c);
      if (j >= 0) {
        shortSum += weight[partnerEdge[i]];
        longSum += weight[partnerEdge[j]];
        common++;
      }
      longFrom = j >= 0 ? j + 1 : -j - 1; // both lists ascend: later partners lie further on
    }
    sums[shortOwner == u ? 0 : 1] = shortSum;
    sums[shortOwner == u ? 1 : 0] = longSum;
    sums[2] = common;
  }
}
