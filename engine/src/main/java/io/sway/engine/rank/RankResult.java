package io.sway.engine.rank;

import java.util.Arrays;
import java.util.Objects;

/**
 * Scores of a ranking algorithm and how they were obtained.
 *
 * <p>Ownership: the {@code scores} array is handed over, not copied (it has one entry per vertex,
 * which can be hundreds of megabytes); {@link #scores()} returns that same array. Nobody may modify
 * it after the result is built. Equality compares the scores element by element.
 *
 * @param scores the score of vertex {@code v} at index {@code v}
 * @param iterations the number of iterations run, {@code >= 0}
 * @param converged whether the last iteration's change was below the tolerance (true for an empty
 *     graph)
 * @param lastDelta the change measured in the last iteration (for PageRank: the largest absolute
 *     change of a vertex's score), {@code 0} if no iteration ran
 */
public record RankResult(double[] scores, int iterations, boolean converged, double lastDelta) {

  /**
   * @throws IllegalArgumentException if {@code iterations} or {@code lastDelta} is negative
   */
  public RankResult {
    Objects.requireNonNull(scores, "scores");
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
    }
    if (lastDelta < 0.0 || Double.isNaN(lastDelta)) {
      throw new IllegalArgumentException("lastDelta must be >= 0, was " + lastDelta);
    }
  }

  /** The number of scored vertices. */
  public int vertexCount() {
    return scores.length;
  }

  /** The score of vertex {@code v}. */
  public double score(int v) {
    return scores[v];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankResult other
        && iterations == other.iterations
        && converged == other.converged
        && Double.compare(lastDelta, other.lastDelta) == 0
        && Arrays.equals(scores, other.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(scores), iterations, converged, lastDelta);
  }

  @Override
  public String toString() {
    return "RankResult[vertices="
        + scores.length
        + ", iterations="
        + iterations
        + ", converged="
        + converged
        + ", lastDelta="
        + lastDelta
        + "]";
  }
}
