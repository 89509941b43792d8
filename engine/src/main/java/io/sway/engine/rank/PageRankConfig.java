package io.sway.engine.rank;

/**
 * Parameters of {@link PageRank}, validated on construction.
 *
 * <p>Convergence is tested as in JGraphT's {@code PageRank}: iteration stops once the largest
 * absolute change of any vertex's score between two iterations is below {@code tolerance}. Scores
 * sum to 1, so the tolerance is absolute on that scale: on a graph of {@code n} vertices the mean
 * score is {@code 1/n}, and a graph of millions of vertices needs a tolerance well below {@code
 * 1/n} to mean anything.
 *
 * @param damping the probability of following an out-edge rather than teleporting, in {@code [0,
 *     1)}; 1 is excluded because the iteration need not converge without teleportation
 * @param maxIterations the most power iterations to run, {@code >= 1}
 * @param tolerance stop once the largest per-vertex score change of an iteration is below this;
 *     finite and {@code > 0}
 */
public record PageRankConfig(double damping, int maxIterations, double tolerance) {
  /** The damping factor of Page, Brin et al. (1999) and of JGraphT and Neo4j GDS. */
  public static final double DAMPING_DEFAULT = 0.85;

  /** 20 iterations, as Neo4j GDS: error shrinks by about {@code damping} per iteration. */
  public static final int MAX_ITERATIONS_DEFAULT = 20;

  /**
   * {@code 1e-9} on scores that sum to 1: below a thousandth of the mean score for graphs up to a
   * million vertices, so converged rankings are stable; larger graphs usually stop at {@link
   * #MAX_ITERATIONS_DEFAULT} first, which the result reports as not converged.
   */
  public static final double TOLERANCE_DEFAULT = 1e-9;

  private static final PageRankConfig DEFAULTS =
      new PageRankConfig(DAMPING_DEFAULT, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);

  /**
   * @throws IllegalArgumentException naming the parameter and its value, if one is out of range
   */
  public PageRankConfig {
    if (!(damping >= 0.0 && damping < 1.0)) {
      throw new IllegalArgumentException("damping must be in [0,1), was " + damping);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
    }
    if (!(tolerance > 0.0 && tolerance < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("tolerance must be finite and > 0, was " + tolerance);
    }
  }

  /** Damping 0.85, at most 20 iterations, tolerance 1e-9. */
  public static PageRankConfig defaults() {
    return DEFAULTS;
  }

  /** This config with another damping factor. */
  public PageRankConfig withDamping(double newDamping) {
    return new PageRankConfig(newDamping, maxIterations, tolerance);
  }

  /** This config with another iteration limit. */
  public PageRankConfig withMaxIterations(int newMaxIterations) {
    return new PageRankConfig(damping, newMaxIterations, tolerance);
  }

  /** This config with another tolerance. */
  public PageRankConfig withTolerance(double newTolerance) {
    return new PageRankConfig(damping, maxIterations, newTolerance);
  }
}
