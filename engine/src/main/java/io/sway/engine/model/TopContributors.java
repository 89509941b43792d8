package io.sway.engine.model;

import io.sway.engine.graph.Adjacency;
import java.util.Objects;

/**
 * The engagers and posts that contributed most to each account's score, for explanations
 * (PRODUCT.md R8).
 *
 * <p>Engager {@code u}'s contribution to account {@code v} is its part of {@code v}'s audience
 * before amplification:
 *
 * <pre>
 *   contribution(u, v) = reachWeight × trust(u) × circleFactor(u -> v) × strongestTypeWeight(u -> v)
 *                      + influenceWeight × damping × (1 + influence(u)) × edgeShare(u -> v)
 * </pre>
 *
 * the first term {@code u}'s share of {@code v}'s {@linkplain TrueReach reach}, the second its
 * share of {@code v}'s {@linkplain NetworkInfluence influence}; summed over all engagers they give
 * {@code reachWeight × reach(v) + influenceWeight × influence(v)} exactly (influence at
 * convergence). A post's contribution is the engagement it received ({@link
 * ReachResult#postEngagement()}); only engaged posts are listed.
 *
 * <p>Each account keeps its {@link ExplanationConfig#topEngagers()} best engagers and {@link
 * ExplanationConfig#topPosts()} best posts, best first, ties to the smaller index. Selection is
 * partial: a heap of {@code K} per account, {@code O(degree × log K)}, never a sort of all its
 * engagers. Cost: {@code O((m + posts) log K)}; extra memory the results.
 */
public final class TopContributors {
  private final EngagementGraph engagement;
  private final CircleDiscounts circles;
  private final ReachResult reach;
  private final InfluenceResult influence;
  private final ScoreConfig score;
  private final ExplanationConfig config;

  public TopContributors(
      EngagementGraph engagement,
      CircleDiscounts circles,
      ReachResult reach,
      InfluenceResult influence,
      ScoreConfig score,
      ExplanationConfig config) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.circles = Objects.requireNonNull(circles, "circles");
    this.reach = Objects.requireNonNull(reach, "reach");
    this.influence = Objects.requireNonNull(influence, "influence");
    this.score = Objects.requireNonNull(score, "score");
    this.config = Objects.requireNonNull(config, "config");
  }

  public Contributors compute() {
    int n = engagement.accountCount();
    Adjacency in = engagement.graph().inAdjacency();
    int[] inOffsets = in.offsets();
    int[] sources = in.neighbours();
    int[] outEdge = engagement.inEdgeToOutEdge();
    double[] trust = engagement.trust().weights();
    double[] factor = circles.edgeFactor();
    double[] strongest = engagement.strongestTypeWeights();
    double[] share = influence.edgeShare();
    double[] upstream = influence.influence();
    double reachWeight = score.reachWeight();
    double passed = score.influenceWeight() * influence.damping();

    TopK top = new TopK(config.topEngagers());
    int[] engagerOffsets = new int[n + 1];
    for (int v = 0; v < n; v++) {
      engagerOffsets[v + 1] =
          engagerOffsets[v] + Math.min(config.topEngagers(), inOffsets[v + 1] - inOffsets[v]);
    }
    int[] engagers = new int[engagerOffsets[n]];
    double[] engagerWeights = new double[engagerOffsets[n]];
    for (int v = 0; v < n; v++) {
      top.clear();
      for (int k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
        int u = sources[k];
        int edge = outEdge[k];
        double contribution =
            reachWeight * trust[u] * factor[edge] * strongest[edge]
                + passed * (1.0 + upstream[u]) * share[edge];
        top.offer(u, contribution);
      }
      top.drainBestFirst(engagers, engagerWeights, engagerOffsets[v]);
    }

    double[] postEngagement = reach.postEngagement();
    int[] authorPostOffsets = engagement.authorPostOffsets();
    int[] authorPosts = engagement.authorPosts();
    TopK topPosts = new TopK(config.topPosts());
    int[] postOffsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      int engaged = 0;
      for (int i = authorPostOffsets[a]; i < authorPostOffsets[a + 1]; i++) {
        engaged += postEngagement[authorPosts[i]] > 0.0 ? 1 : 0;
      }
      postOffsets[a + 1] = postOffsets[a] + Math.min(config.topPosts(), engaged);
    }
    int[] posts = new int[postOffsets[n]];
    double[] postWeights = new double[postOffsets[n]];
    for (int a = 0; a < n; a++) {
      topPosts.clear();
      for (int i = authorPostOffsets[a]; i < authorPostOffsets[a + 1]; i++) {
        int p = authorPosts[i];
        if (postEngagement[p] > 0.0) {
          topPosts.offer(p, postEngagement[p]);
        }
      }
      topPosts.drainBestFirst(posts, postWeights, postOffsets[a]);
    }
    return new Contributors(engagerOffsets, engagers, engagerWeights, postOffsets, posts, postWeights);
  }
}
