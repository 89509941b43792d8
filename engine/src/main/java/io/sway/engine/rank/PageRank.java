package io.sway.engine.rank;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Weighted PageRank by power iteration over a {@link GraphSnapshot}.
 *
 * <p>Source: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank Citation Ranking: Bringing
 * Order to the Web", Stanford InfoLab Technical Report 1999-66 (1999).
 *
 * <p>Variant: the normalised "random surfer" form, whose scores are a probability distribution over
 * the vertices (they sum to 1). With damping {@code d}, {@code n} vertices, out-weight {@code W(u)}
 * (the sum of {@code u}'s out-edge weights) and {@code D} the set of dangling vertices, every
 * iteration computes from the previous scores {@code x}:
 *
 * <pre>
 *   x'(v) = ((1 - d) * sum_u x(u) + d * sum_{u in D} x(u)) / n
 *           + d * sum_{u -> v} x(u) * w(u, v) / W(u)
 * </pre>
 *
 * starting from {@code x = 1/n}. This is exactly what JGraphT 1.5.2's {@code
 * org.jgrapht.alg.scoring.PageRank} computes on a weighted graph, and the two agree to rounding.
 *
 * <ul>
 *   <li><b>Weights</b>: a vertex passes rank along its out-edges in proportion to their weights. A
 *       parallel edge does not exist in a snapshot (the builder summed it into one edge), which
 *       gives the same result as JGraphT on the unmerged multigraph. A self-loop passes rank back
 *       to its own vertex. A zero-weight edge passes nothing.
 *   <li><b>Dangling vertices</b> are those with out-weight 0: no out-edges, or only zero-weight
 *       ones. Their whole rank is spread evenly over all {@code n} vertices (themselves included),
 *       so no rank leaks and the scores keep summing to 1. JGraphT judges danglingness by
 *       out-degree instead and yields NaN for a vertex whose out-edges all weigh 0; on every other
 *       graph the two definitions coincide.
 *   <li><b>Ties</b>: the result is a score per vertex, not an ordering; equal scores stay equal.
 *       Callers that sort must break ties themselves (by vertex id, for a stable order).
 *   <li><b>Convergence</b>: as JGraphT, iteration stops after {@link
 *       PageRankConfig#maxIterations()} iterations or as soon as the largest absolute change of a
 *       vertex's score in an iteration is below {@link PageRankConfig#tolerance()}; the result
 *       reports the iterations run, whether the tolerance was met, and that last change.
 * </ul>
 *
 * <p>Cost per iteration: {@code O(n + m)} time for {@code n} vertices and {@code m} edges: one
 * sequential pass over the in-adjacency (transposed CSR) and one gather per edge. Extra memory:
 * five {@code double} arrays of length {@code n} (40 bytes per vertex). An empty graph gives an
 * empty, converged result with zero iterations.
 *
 * <p>Threads: by default everything runs on the calling thread. Given an executor and a parallelism
 * {@code p > 1}, each iteration splits the vertices into {@code 16 p} ranges of about equal work
 * (in-edges plus vertices); the calling thread and {@code p - 1} tasks on the executor claim ranges
 * one at a time until all are done (so a core shared with another process slows the iteration by
 * its share of the work, not by a whole range), and the calling thread waits for the tasks. The
 * algorithm never starts threads itself; the result does not depend on which thread ran a range.
 */
public final class PageRank {
  /*
   * Design. The iteration is pull-based (Jacobi): every vertex reads its in-neighbours' values of
   * the previous iteration and writes only its own new value, so ranges of vertices are computed
   * independently with no locks or atomics, and the result does not depend on scheduling.
   *
   * Per vertex u we keep share(u) = d * x(u) / W(u) (0 when u is dangling), so the hot loop is
   * x'(v) = base + sum over in-edges k of weight[k] * share[source[k]]: one sequential read of the
   * in-adjacency and one random gather per edge, no division. The same sweep that writes x'(v)
   * also writes share'(v) and accumulates the teleport mass (1 - d) * x'(v), or x'(v) for a
   * dangling v, that forms the next iteration's base; an iteration is therefore one pass and one
   * join. Only that mass and the largest change are combined across ranges, in range order, so
   * the parallel result differs from the sequential one only by the association of one sum
   * (around 1e-17).
   *
   * Ranges are cut where the running count of in-edges plus vertices crosses k/r of the total, so
   * a heavy-tailed in-degree distribution does not leave one range with most of the edges (one
   * vertex's in-edges are never split, so a single giant hub still bounds the speed-up). The
   * per-range results are combined in range order, never in completion order, so the scores are
   * the same whichever thread ran which range.
   *
   * Measured against this machine's random-gather bound (benchmarks module, RandomGather): an
   * iteration costs about as much as its m random 8-byte reads of share[] alone, so the
   * arithmetic, the sequential reads of the adjacency and the per-vertex writes are hidden behind
   * the gathers, and what remains is memory latency.
   */

  /**
   * Ranges per worker when running in parallel: enough that a worker whose core is shared with
   * another process hands most of its share to the others, few enough that claiming a range
   * (one atomic increment) and summing the per-range results stay negligible.
   */
  static final int RANGES_PER_WORKER = 16;

  private final GraphSnapshot graph;
  private final PageRankConfig config;
  private final Executor executor;
  private final int parallelism;

  /** PageRank with {@link PageRankConfig#defaults()}, on the calling thread. */
  public PageRank(GraphSnapshot graph) {
    this(graph, PageRankConfig.defaults());
  }

  /** PageRank with the given config, on the calling thread. */
  public PageRank(GraphSnapshot graph, PageRankConfig config) {
    this(graph, config, Runnable::run, 1);
  }

  /**
   * PageRank that runs each iteration on {@code parallelism} workers: the calling thread and
   * {@code parallelism - 1} tasks on {@code executor}.
   *
   * @param executor runs the extra workers; not shut down by this class
   * @param parallelism the number of workers, {@code >= 1}; 1 uses only the calling thread
   * @throws IllegalArgumentException if {@code parallelism < 1}
   */
  public PageRank(GraphSnapshot graph, PageRankConfig config, Executor executor, int parallelism) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.config = Objects.requireNonNull(config, "config");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /**
   * Runs the power iteration.
   *
   * @return scores indexed by vertex, summing to 1 (up to rounding), with the iterations run,
   *     whether the tolerance was met, and the last iteration's largest change
   * @throws IllegalArgumentException if a vertex's out-weight is positive but so small (below about
   *     5.6e-309) that its reciprocal overflows; rescale such weights
   */
  public RankResult compute() {
    int n = graph.vertexCount();
    if (n == 0) {
      return new RankResult(new double[0], 0, true, 0.0);
    }
    double damping = config.damping();
    double[] inverseOutWeight = inverseOutWeights(graph);

    double[] score = new double[n];
    double[] next = new double[n];
    double[] share = new double[n];
    double[] nextShare = new double[n];
    double initial = 1.0 / n;
    Arrays.fill(score, initial);
    double teleportMass = 0.0;
    for (int v = 0; v < n; v++) {
      share[v] = damping * initial * inverseOutWeight[v];
      teleportMass += inverseOutWeight[v] == 0.0 ? initial : (1.0 - damping) * initial;
    }

    Sweep[] sweeps = sweeps(graph.inAdjacency(), inverseOutWeight, damping);
    int iterations = 0;
    double lastDelta = 0.0;
    boolean converged = false;
    while (iterations < config.maxIterations() && !converged) {
      runSweeps(sweeps, teleportMass / n, score, share, next, nextShare);
      lastDelta = 0.0;
      teleportMass = 0.0;
      for (Sweep sweep : sweeps) {
        lastDelta = Math.max(lastDelta, sweep.maxChange);
        teleportMass += sweep.teleportMass;
      }
      double[] swap = score;
      score = next;
      next = swap;
      swap = share;
      share = nextShare;
      nextShare = swap;
      iterations++;
      converged = lastDelta < config.tolerance();
    }
    return new RankResult(score, iterations, converged, lastDelta);
  }

  private static double[] inverseOutWeights(GraphSnapshot graph) {
    int n = graph.vertexCount();
    double[] inverse = new double[n];
    for (int v = 0; v < n; v++) {
      double outWeight = graph.outWeight(v);
      if (outWeight > 0.0) {
        inverse[v] = 1.0 / outWeight;
        if (Double.isInfinite(inverse[v])) {
          throw new IllegalArgumentException(
              "out-weight of vertex "
                  + v
                  + " is too small to normalise, was "
                  + outWeight
                  + "; rescale the edge weights");
        }
      }
    }
    return inverse;
  }

  /**
   * Cuts the vertices into ranges of about equal work: one range on a single thread, else {@link
   * #RANGES_PER_WORKER} per worker, so that a worker slowed down by another process on the same
   * core leaves more ranges to the others instead of holding up the whole iteration.
   */
  private Sweep[] sweeps(Adjacency in, double[] inverseOutWeight, double damping) {
    int n = in.vertexCount();
    int ranges = parallelism == 1 ? 1 : (int) Math.min((long) parallelism * RANGES_PER_WORKER, n);
    int[] offsets = in.offsets();
    long totalWork = (long) in.edgeCount() + n;
    Sweep[] sweeps = new Sweep[ranges];
    int start = 0;
    for (int r = 0; r < ranges; r++) {
      int end = r == ranges - 1 ? n : firstVertexWithWork(offsets, totalWork * (r + 1) / ranges);
      sweeps[r] = new Sweep(in, inverseOutWeight, damping, start, end);
      start = end;
    }
    return sweeps;
  }

  /**
   * The smallest {@code v} in {@code [0, n]} whose work before it, in-edges plus vertices, is at
   * least {@code work}.
   */
  private static int firstVertexWithWork(int[] offsets, long work) {
    int lo = 0;
    int hi = offsets.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((long) offsets[mid] + mid >= work) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Runs every range once: the calling thread and {@code parallelism - 1} executor tasks each
   * claim the next unclaimed range until none is left, then the calling thread waits for the
   * tasks. Which thread ran a range does not change what the range writes.
   */
  private void runSweeps(
      Sweep[] sweeps,
      double base,
      double[] score,
      double[] share,
      double[] next,
      double[] nextShare) {
    if (sweeps.length == 1 || parallelism == 1) {
      for (Sweep sweep : sweeps) {
        sweep.run(base, score, share, next, nextShare);
      }
      return;
    }
    AtomicInteger nextRange = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int r = nextRange.getAndIncrement(); r < sweeps.length;
              r = nextRange.getAndIncrement()) {
            sweeps[r].run(base, score, share, next, nextShare);
          }
        };
    int helpers = Math.min(parallelism, sweeps.length) - 1;
    CompletableFuture<?>[] others = new CompletableFuture<?>[helpers];
    for (int t = 0; t < helpers; t++) {
      others[t] = CompletableFuture.runAsync(worker, executor);
    }
    Throwable failure = null;
    try {
      worker.run();
    } catch (RuntimeException | Error e) {
      failure = e;
      nextRange.set(sweeps.length); // stop the helpers early
    }
    for (CompletableFuture<?> other : others) {
      try {
        other.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (failure == null) {
          failure = cause;
        } else {
          failure.addSuppressed(cause);
        }
      }
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException("a PageRank range failed", failure);
    }
  }

  /** One range of vertices {@code [start, end)}; the fields it writes are read after the join. */
  private static final class Sweep {
    private final int[] offsets;
    private final int[] sources;
    private final double[] weights;
    private final double[] inverseOutWeight;
    private final double damping;
    private final int start;
    private final int end;
    double maxChange;
    double teleportMass;

    Sweep(Adjacency in, double[] inverseOutWeight, double damping, int start, int end) {
      this.offsets = in.offsets();
      this.sources = in.neighbours();
      this.weights = in.weights();
      this.inverseOutWeight = inverseOutWeight;
      this.damping = damping;
      this.start = start;
      this.end = end;
    }

    void run(double base, double[] score, double[] share, double[] next, double[] nextShare) {
      int[] offsets = this.offsets;
      int[] sources = this.sources;
      double[] weights = this.weights;
      double[] inverseOutWeight = this.inverseOutWeight;
      double damping = this.damping;
      double kept = 1.0 - damping;
      double change = 0.0;
      double mass = 0.0;
      int k = offsets[start];
      for (int v = start; v < end; v++) {
        double sum = 0.0;
        for (int rowEnd = offsets[v + 1]; k < rowEnd; k++) {
          sum += weights[k] * share[sources[k]];
        }
        double x = base + sum;
        change = Math.max(change, Math.abs(x - score[v]));
        next[v] = x;
        double inverse = inverseOutWeight[v];
        nextShare[v] = damping * x * inverse;
        mass += inverse == 0.0 ? x : kept * x;
      }
      this.maxChange = change;
      this.teleportMass = mass;
    }
  }
}
