package io.sway.engine.graph;

/**
 * One direction of a {@link GraphSnapshot}'s adjacency in compressed sparse row (CSR) form: the
 * neighbours of vertex {@code v} are {@code neighbours[offsets[v] .. offsets[v + 1])}, in ascending
 * order, and {@code weights[k]} is the weight of the edge at position {@code k}.
 *
 * <p>The arrays are the snapshot's own, shared and never copied, so that kernels can run their hot
 * loops on them directly. They must be treated as read-only: writing to them corrupts the snapshot
 * for every other reader.
 *
 * @param offsets row starts, length {@code vertexCount + 1}; {@code offsets[vertexCount]} is the
 *     edge count
 * @param neighbours targets (out-adjacency) or sources (in-adjacency), length {@code edgeCount}
 * @param weights edge weights, finite and {@code >= 0}, parallel to {@code neighbours}
 */
public record Adjacency(int[] offsets, int[] neighbours, double[] weights) {

  /** The number of vertices (rows). */
  public int vertexCount() {
    return offsets.length - 1;
  }

  /** The number of edges. */
  public int edgeCount() {
    return neighbours.length;
  }

  /** The number of neighbours of {@code v} in this direction. */
  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  @Override
  public String toString() {
    return "Adjacency[vertices=" + vertexCount() + ", edges=" + edgeCount() + "]";
  }
}
