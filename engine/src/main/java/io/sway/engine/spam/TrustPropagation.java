package io.sway.engine.spam;

import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import java.util.Arrays;
import java.util.Objects;

/**
 * Trust propagated from seed accounts by early-terminated power iteration, ranked by trust per
 * unit of degree: SybilRank.
 *
 * <p>Sources: Q. Cao, M. Sirivianos, X. Yang, T. Pregueiro, "Aiding the Detection of Fake
 * Accounts in Large Scale Social Online Services", NSDI 2012 (SybilRank); Z. Gyöngyi, H.
 * Garcia-Molina, J. Pedersen, "Combating Web Spam with TrustRank", VLDB 2004 (trust that starts
 * on a hand-checked seed set and decays with distance from it).
 *
 * <p>Variant: SybilRank's, on an undirected weighted graph (see {@link TrustGraph}) with weighted
 * degree {@code d(v)} = the sum of the weights of {@code v}'s ties. A total trust of 1 starts
 * evenly on the seeds; each round every account hands all its trust to its neighbours in
 * proportion to the tie weights, with no teleport and no damping:
 *
 * <pre>
 *   t'(v) = sum over ties {u, v} of t(u) * w(u, v) / d(u)
 * </pre>
 *
 * The iteration stops after a fixed number of rounds, {@code ⌈log2 n⌉} by default: long enough for
 * trust to spread through the well-connected genuine region, too short for it to reach the
 * stationary state, in which every account of a connected graph would hold trust in proportion
 * to its degree and the ranking would carry no information. Sybils sit behind few attack edges,
 * so little trust crosses into their region in so few rounds. Accounts are ranked by
 * <em>degree-normalised trust</em> {@code t(v) / d(v)}, which removes the advantage of high
 * degree; it is reported relative to its stationary value {@code 1 / D} ({@code D} = sum of all
 * degrees), so 1 means "as trusted as trust fully mixed would make it", whatever the graph size.
 *
 * <ul>
 *   <li><b>Weights</b>: trust is split along ties in proportion to their weights; zero-weight ties
 *       carry nothing.
 *   <li><b>Isolated accounts</b> (no tie of positive weight) can neither receive nor pass trust:
 *       their trust and normalised trust are 0 ("no trusted path"). A seed without ties is not
 *       used, since the trust put on it would stay there and be lost to everyone else; {@link
 *       TrustResult#seeds()} counts only the seeds used.
 *   <li><b>Ties</b> in the ranking are left as equal values; callers that sort break them.
 *   <li><b>Conservation</b>: on a symmetric graph every round keeps the total trust at 1 (up to
 *       rounding), because each account passes on exactly what it holds.
 * </ul>
 *
 * <p>Cost per round: {@code O(n + m)} for {@code n} accounts and {@code m} ties, one sequential
 * pass over the CSR rows and one gather per tie; extra memory three {@code double} arrays of length
 * {@code n}. Runs on the calling thread.
 */
public final class TrustPropagation {
  private final GraphSnapshot graph;
  private final int[] seeds;
  private final int rounds;

  /**
   * @param graph an undirected graph stored with both directions of every tie at equal weight,
   *     e.g. from {@link TrustGraph#of}
   * @param seeds the trusted accounts, in {@code [0, n)}; an account listed twice counts once
   * @param rounds the number of propagation rounds, {@code >= 1}; see {@link #defaultRounds(int)}
   * @throws IllegalArgumentException if the graph is not symmetric, a seed is out of range or
   *     rounds is below 1
   */
  public TrustPropagation(GraphSnapshot graph, int[] seeds, int rounds) {
    this.graph = Objects.requireNonNull(graph, "graph");
    requireSymmetric(graph);
    int n = graph.vertexCount();
    for (int seed : seeds) {
      if (seed < 0 || seed >= n) {
        throw new IllegalArgumentException(
            "seed must be an account in [0, " + n + "), was " + seed);
      }
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
    }
    this.seeds = seeds.clone();
    this.rounds = rounds;
  }

  /** SybilRank's {@code O(log n)} rounds: {@code ⌈log2 n⌉}, and at least 1. */
  public static int defaultRounds(int accountCount) {
    if (accountCount < 0) {
      throw new IllegalArgumentException("accountCount must be >= 0, was " + accountCount);
    }
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, accountCount - 1)));
  }

  /** Runs the propagation. */
  public TrustResult compute() {
    int n = graph.vertexCount();
    Adjacency ties = graph.inAdjacency();
    int[] offsets = ties.offsets();
    int[] neighbours = ties.neighbours();
    double[] weights = ties.weights();

    double[] inverseDegree = new double[n];
    double totalDegree = 0.0;
    for (int v = 0; v < n; v++) {
      double degree = graph.outWeight(v);
      totalDegree += degree;
      inverseDegree[v] = degree > 0.0 ? 1.0 / degree : 0.0;
    }

    boolean[] isSeed = new boolean[n];
    int seedCount = 0;
    for (int seed : seeds) {
      if (!isSeed[seed] && inverseDegree[seed] > 0.0) {
        isSeed[seed] = true;
        seedCount++;
      }
    }

    double[] trust = new double[n];
    double[] next = new double[n];
    double[] share = new double[n];
    for (int v = 0; v < n; v++) {
      if (isSeed[v]) {
        trust[v] = 1.0 / seedCount;
      }
    }
    int roundsRun = seedCount == 0 ? 0 : rounds;
    for (int round = 0; round < roundsRun; round++) {
      for (int v = 0; v < n; v++) {
        share[v] = trust[v] * inverseDegree[v];
      }
      int k = offsets[0];
      for (int v = 0; v < n; v++) {
        double sum = 0.0;
        for (int end = offsets[v + 1]; k < end; k++) {
          sum += weights[k] * share[neighbours[k]];
        }
        next[v] = sum;
      }
      double[] swap = trust;
      trust = next;
      next = swap;
    }

    double[] normalised = new double[n];
    for (int v = 0; v < n; v++) {
      normalised[v] = trust[v] * inverseDegree[v] * totalDegree;
    }
    return new TrustResult(trust, normalised, roundsRun, seedCount);
  }

  /** Both CSR directions hold the same rows: the cheapest full check of symmetry, O(n + m). */
  private static void requireSymmetric(GraphSnapshot graph) {
    Adjacency out = graph.outAdjacency();
    Adjacency in = graph.inAdjacency();
    if (!Arrays.equals(out.offsets(), in.offsets())
        || !Arrays.equals(out.neighbours(), in.neighbours())
        || !Arrays.equals(out.weights(), in.weights())) {
      throw new IllegalArgumentException(
          "trust graph must be undirected: every tie u -> v needs v -> u with the same weight");
    }
  }
}
