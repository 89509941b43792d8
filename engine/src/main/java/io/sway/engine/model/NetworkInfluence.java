package io.sway.engine.model;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.PageRankConfig;
import io.sway.engine.rank.RankResult;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Network Influence: how influential the engaged audience itself is (PRODUCT.md, "The score", part
 * 3) — weighted PageRank over the engagement graph, influence flowing from engager to engaged,
 * expressed in <i>effective engaged accounts</i> so that it does not depend on the population's
 * size.
 *
 * <h2>Definition</h2>
 *
 * Every account holds one unit of attention, and passes on a share {@code damping} of all the
 * attention it holds along its engagement; what is not passed on stays. The influence of {@code v}
 * is the attention that reaches it from others:
 *
 * <pre>
 *   influence(v) = Σ_{u -> v} damping × (1 + influence(u)) × share(u -> v)
 *   share(u -> v) = trust(u) × circleFactor(u -> v) × w(u, v) / Σ_x w(u, x),   w(u, v) = ln(1 + S(u, v))
 * </pre>
 *
 * with {@code S(u, v)} the type-weighted engagement of {@code u} on {@code v}. So an account
 * engaged by one engager who engages nobody else has influence {@code damping} (0.85); by {@code k}
 * such engagers, {@code 0.85 k}; an engager that is itself influential passes on more. {@code ln(1 +
 * S)} gives repeated engagement diminishing returns. The share not passed on — all of it for an
 * excluded engager (trust 0) or one that engages nobody, {@code 1 - trust} for a suspect one, and
 * the {@linkplain EngagementCircles closed-circle discount} — is absorbed: <b>excluded accounts
 * pass on no rank</b> and pods keep little of what they pass around.
 *
 * <h2>Why not plain PageRank mass</h2>
 *
 * Plain PageRank sums to 1, so an account's rank falls when unrelated accounts join, and {@code rank
 * × n} rises with the dangling mass spread over everyone. The definition above is the unnormalised
 * form {@code y = (1 - d) + d Pᵀ y} with {@code influence = y / (1 - d) - 1}, whose value at {@code
 * v} depends only on the accounts upstream of {@code v}.
 *
 * <h2>Computation</h2>
 *
 * Runs {@link PageRank} on the engagement graph plus one <i>sink</i> vertex: each account {@code u}
 * gets edges {@code u -> v} weighing {@code trust(u) × circleFactor × w(u, v)} and one edge {@code
 * u -> sink} weighing the rest of {@code Σ_x w(u, x)} (weight 1 when {@code u} engages nobody); the
 * sink has a self-loop. No vertex is dangling, so PageRank's scores are {@code x = y / (n + 1)}
 * exactly and {@code influence(v) = (n + 1) x(v) / (1 - d) - 1}. When nothing is excluded,
 * discounted or dangling, this equals {@code n × PageRank(v) / (1 - d) - 1} with JGraphT's PageRank
 * on the engagement graph alone.
 *
 * <p>Convergence: PageRank stops once no vertex's score changes by the configured tolerance
 * converted to its scale ({@code tolerance × (1 - d) / (n + 1)}), or after {@code maxIterations};
 * the sink's change counts too, which can cost a few more iterations than the accounts alone would
 * need. The result reports iterations, convergence and the last change in effective accounts.
 *
 * <p>Source: Page, Brin, Motwani, Winograd, "The PageRank Citation Ranking", Stanford InfoLab
 * 1999-66; engager-to-engaged direction as TwitterRank (Weng et al., WSDM 2010).
 *
 * <p>Cost: {@code O(n + m)} to build the augmented graph, then {@code O(n + m)} per iteration, with
 * the executor's ranges if given; extra memory the augmented snapshot (24 bytes per edge) and
 * PageRank's five arrays. Ties: none; a score per account.
 */
public final class NetworkInfluence {
  private final EngagementGraph engagement;
  private final CircleDiscounts circles;
  private final NetworkInfluenceConfig config;
  private final Executor executor;
  private final int parallelism;

  /** Network influence on the calling thread. */
  public NetworkInfluence(
      EngagementGraph engagement, CircleDiscounts circles, NetworkInfluenceConfig config) {
    this(engagement, circles, config, Runnable::run, 1);
  }

  /**
   * Network influence whose PageRank iterations run in {@code parallelism} ranges, the extra ones
   * on {@code executor} (see {@link PageRank}).
   */
  public NetworkInfluence(
      EngagementGraph engagement,
      CircleDiscounts circles,
      NetworkInfluenceConfig config,
      Executor executor,
      int parallelism) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.circles = Objects.requireNonNull(circles, "circles");
    this.config = Objects.requireNonNull(config, "config");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
    if (circles.edgeFactor().length != engagement.graph().edgeCount()) {
      throw new IllegalArgumentException(
          "circles must cover " + engagement.graph().edgeCount() + " edges, covered "
              + circles.edgeFactor().length);
    }
  }

  public InfluenceResult compute() {
    GraphSnapshot graph = engagement.graph();
    int n = graph.vertexCount();
    int sink = n;
    Adjacency out = graph.outAdjacency();
    int[] offsets = out.offsets();
    int[] targets = out.neighbours();
    double[] engaged = out.weights();
    double[] trust = engagement.trust().weights();
    double[] factor = circles.edgeFactor();
    double[] edgeShare = new double[graph.edgeCount()];

    GraphSnapshot.Builder augmented = GraphSnapshot.builder(n + 1, graph.edgeCount() + n + 1);
    for (int u = 0; u < n; u++) {
      double total = 0.0;
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        total += Math.log1p(engaged[k]);
      }
      if (total == 0.0) {
        augmented.addEdge(u, sink, 1.0);
        continue;
      }
      double absorbed = 0.0;
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        double w = Math.log1p(engaged[k]);
        double kept = w * trust[u] * factor[k];
        if (kept > 0.0) {
          augmented.addEdge(u, targets[k], kept);
          edgeShare[k] = kept / total;
        }
        absorbed += w * (1.0 - trust[u] * factor[k]);
      }
      if (absorbed > 0.0) {
        augmented.addEdge(u, sink, absorbed);
      }
    }
    augmented.addEdge(sink, sink, 1.0);

    double damping = config.damping();
    double toScores = (1.0 - damping) / (n + 1);
    PageRankConfig rankConfig =
        new PageRankConfig(
            damping,
            config.maxIterations(),
            Math.max(Double.MIN_NORMAL, config.tolerance() * toScores));
    RankResult rank =
        new PageRank(augmented.build(), rankConfig, executor, parallelism).compute();

    double[] influence = new double[n];
    for (int v = 0; v < n; v++) {
      influence[v] = Math.max(0.0, rank.score(v) / toScores - 1.0);
    }
    return new InfluenceResult(
        influence,
        edgeShare,
        damping,
        rank.iterations(),
        rank.converged(),
        rank.lastDelta() / toScores);
  }
}
