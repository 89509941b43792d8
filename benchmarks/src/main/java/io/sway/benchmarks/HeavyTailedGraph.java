package io.sway.benchmarks;

import io.sway.engine.graph.GraphSnapshot;
import java.util.SplittableRandom;

/**
 * Generates a random directed weighted graph with heavy-tailed degrees, shaped like a social
 * engagement graph: a few accounts receive most of the interactions, a few produce many.
 *
 * <p>Each edge draws its source as {@code n * u^2} and its target as {@code n * u^3} for uniform
 * {@code u}, which gives power-law out- and in-degrees (tail exponents about 3 and 2.5), then maps
 * both through a fixed random permutation so that hubs are scattered over the id range as
 * database-assigned ids would be. Weights are Pareto-distributed with minimum 1 and shape 2 ({@code
 * u^-1/2}), like interaction counts. Self-loops and parallel edges can be drawn; the snapshot
 * builder merges parallel edges, so the snapshot has slightly fewer edges than drawn. The same
 * arguments always give the same graph.
 */
final class HeavyTailedGraph {
  /** Exponent applied to a uniform draw to pick a source: larger means more skewed out-degrees. */
  private static final double SOURCE_SKEW = 2.0;

  /** Exponent applied to a uniform draw to pick a target: larger means more skewed in-degrees. */
  private static final double TARGET_SKEW = 3.0;

  /** Pareto shape of the weights. */
  private static final double WEIGHT_SHAPE = 2.0;

  private HeavyTailedGraph() {}

  /**
   * A snapshot on {@code vertexCount} vertices built from {@code edgeCount} drawn edges.
   *
   * @param seed the random seed; the same seed gives the same graph
   */
  static GraphSnapshot generate(int vertexCount, int edgeCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] permutation = permutation(vertexCount, random);
    GraphSnapshot.Builder builder = GraphSnapshot.builder(vertexCount, edgeCount);
    for (int i = 0; i < edgeCount; i++) {
      int source = permutation[skewed(vertexCount, SOURCE_SKEW, random)];
      int target = permutation[skewed(vertexCount, TARGET_SKEW, random)];
      double weight = Math.pow(1.0 - random.nextDouble(), -1.0 / WEIGHT_SHAPE);
      builder.addEdge(source, target, weight);
    }
    return builder.build();
  }

  private static int skewed(int n, double skew, SplittableRandom random) {
    return (int) (n * Math.pow(random.nextDouble(), skew));
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] permutation = new int[n];
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }
}
