package io.sway.engine.graph;

import java.util.Arrays;
import org.jgrapht.Graph;

/**
 * An immutable directed weighted graph on the vertices {@code 0 .. vertexCount - 1}, stored as
 * primitive arrays in compressed sparse row (CSR) form, in both directions.
 *
 * <p>Edges are identified by their position in the out-adjacency: edge {@code e} runs from {@link
 * #edgeSource(int) edgeSource(e)} to {@link #edgeTarget(int) edgeTarget(e)}, and the out-edges of
 * {@code v} are the positions {@code firstOutEdge(v) .. firstOutEdge(v) + outDegree(v) - 1}, sorted
 * by ascending target. There is at most one edge per ordered pair of vertices: the {@link Builder}
 * merges parallel edges by summing their weights. Self-loops are kept.
 *
 * <p>Weights are finite and {@code >= 0}. A zero weight is allowed and kept; such an edge exists
 * (it counts in the degrees) but carries nothing in weighted algorithms.
 *
 * <p>Memory: 24 bytes per (merged) edge (out targets and weights, in sources and weights) plus 16
 * bytes per vertex. Edge and vertex counts are limited to what a Java array holds (about 2^31).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class GraphSnapshot {
  private final int vertexCount;
  private final Adjacency out;
  private final Adjacency in;
  private final double[] outWeightSums;

  private GraphSnapshot(int vertexCount, Adjacency out, Adjacency in, double[] outWeightSums) {
    this.vertexCount = vertexCount;
    this.out = out;
    this.in = in;
    this.outWeightSums = outWeightSums;
  }

  /**
   * A builder for a graph on the vertices {@code 0 .. vertexCount - 1}.
   *
   * @throws IllegalArgumentException if {@code vertexCount} is negative or too large for an offset
   *     array
   */
  public static Builder builder(int vertexCount) {
    return new Builder(vertexCount, Builder.INITIAL_EDGE_CAPACITY);
  }

  /**
   * A builder for a graph on the vertices {@code 0 .. vertexCount - 1} that reserves room for
   * {@code expectedEdgeCount} edges up front (it still grows past that if needed).
   *
   * @throws IllegalArgumentException if a count is negative or {@code vertexCount} is too large
   */
  public static Builder builder(int vertexCount, int expectedEdgeCount) {
    return new Builder(vertexCount, expectedEdgeCount);
  }

  /** The number of vertices {@code n}; vertices are {@code 0 .. n - 1}. */
  public int vertexCount() {
    return vertexCount;
  }

  /** The number of edges, after parallel edges were merged. */
  public int edgeCount() {
    return out.edgeCount();
  }

  /** The number of edges leaving {@code v} (a self-loop counts once). */
  public int outDegree(int v) {
    return out.degree(checkVertex(v));
  }

  /** The number of edges entering {@code v} (a self-loop counts once). */
  public int inDegree(int v) {
    return in.degree(checkVertex(v));
  }

  /** The target of the {@code i}-th out-edge of {@code v}, {@code 0 <= i < outDegree(v)}. */
  public int outNeighbour(int v, int i) {
    return out.neighbours()[outPosition(v, i)];
  }

  /** The weight of the {@code i}-th out-edge of {@code v}, {@code 0 <= i < outDegree(v)}. */
  public double weight(int v, int i) {
    return out.weights()[outPosition(v, i)];
  }

  /** The source of the {@code i}-th in-edge of {@code v}, {@code 0 <= i < inDegree(v)}. */
  public int inNeighbour(int v, int i) {
    return in.neighbours()[inPosition(v, i)];
  }

  /** The weight of the {@code i}-th in-edge of {@code v}, {@code 0 <= i < inDegree(v)}. */
  public double inWeight(int v, int i) {
    return in.weights()[inPosition(v, i)];
  }

  /** The sum of the weights of the edges leaving {@code v}; {@code 0} if it has none. */
  public double outWeight(int v) {
    return outWeightSums[checkVertex(v)];
  }

  /** The id of the first out-edge of {@code v} (its out-edges are consecutive ids). */
  public int firstOutEdge(int v) {
    return out.offsets()[checkVertex(v)];
  }

  /** The source vertex of edge {@code e}; {@code O(log n)}. */
  public int edgeSource(int e) {
    checkEdge(e);
    int[] offsets = out.offsets();
    // the last row that starts at or before e; empty rows after it start after e
    int lo = 0;
    int hi = vertexCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (offsets[mid] <= e) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The target vertex of edge {@code e}. */
  public int edgeTarget(int e) {
    return out.neighbours()[checkEdge(e)];
  }

  /** The weight of edge {@code e}. */
  public double edgeWeight(int e) {
    return out.weights()[checkEdge(e)];
  }

  /**
   * The id of the edge {@code source -> target}, or {@code -1} if there is none; {@code O(log
   * outDegree(source))}.
   */
  public int edgeId(int source, int target) {
    checkVertex(source);
    checkVertex(target);
    int[] offsets = out.offsets();
    int found = Arrays.binarySearch(out.neighbours(), offsets[source], offsets[source + 1], target);
    return found >= 0 ? found : -1;
  }

  /**
   * The out-adjacency (targets by source), for kernels that loop over the raw arrays. Shared, not
   * copied: read-only by contract.
   */
  public Adjacency outAdjacency() {
    return out;
  }

  /**
   * The in-adjacency (sources by target, the transposed CSR), for pull-based kernels. Within a row,
   * sources are ascending. Shared, not copied: read-only by contract.
   */
  public Adjacency inAdjacency() {
    return in;
  }

  /**
   * A read-only JGraphT view of this snapshot, without copying: vertices are the {@code Integer}s
   * {@code 0 .. n - 1}, edges are the {@code Integer} edge ids of this snapshot, and {@code
   * getEdgeWeight} returns the edge's weight. The view's type is directed, weighted, with
   * self-loops and without multiple edges; every mutator throws {@link
   * UnsupportedOperationException}. JGraphT algorithms run on it unchanged, at the cost of boxing
   * and of {@code O(log n)} edge-source look-ups.
   */
  public Graph<Integer, Integer> asGraph() {
    return new SnapshotGraphView(this);
  }

  @Override
  public String toString() {
    return "GraphSnapshot[vertices=" + vertexCount + ", edges=" + edgeCount() + "]";
  }

  private int outPosition(int v, int i) {
    int degree = outDegree(v);
    if (i < 0 || i >= degree) {
      throw new IndexOutOfBoundsException(
          "out-edge index must be in [0, " + degree + ") for vertex " + v + ", was " + i);
    }
    return out.offsets()[v] + i;
  }

  private int inPosition(int v, int i) {
    int degree = inDegree(v);
    if (i < 0 || i >= degree) {
      throw new IndexOutOfBoundsException(
          "in-edge index must be in [0, " + degree + ") for vertex " + v + ", was " + i);
    }
    return in.offsets()[v] + i;
  }

  private int checkVertex(int v) {
    if (v < 0 || v >= vertexCount) {
      throw new IndexOutOfBoundsException("vertex must be in [0, " + vertexCount + "), was " + v);
    }
    return v;
  }

  private int checkEdge(int e) {
    if (e < 0 || e >= edgeCount()) {
      throw new IndexOutOfBoundsException("edge must be in [0, " + edgeCount() + "), was " + e);
    }
    return e;
  }

  /**
   * Collects edges into growable primitive arrays (no boxing; 16 bytes per added edge) and builds
   * the snapshot in {@code O(n + m)} with two stable counting sorts (by target, then by source),
   * which leave every row sorted by target so that parallel edges are adjacent and are merged by
   * summing their weights.
   *
   * <p>Each edge is validated when it is added. A builder builds once: {@link #build()} hands its
   * buffers over to the snapshot, and the builder cannot be used afterwards. Not thread-safe.
   */
  public static final class Builder {
    static final int INITIAL_EDGE_CAPACITY = 16;

    /** The largest array length every JVM allows. */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final int vertexCount;
    private int[] sources;
    private int[] targets;
    private double[] weights;
    private int size;
    private boolean built;

    private Builder(int vertexCount, int expectedEdgeCount) {
      if (vertexCount < 0 || vertexCount >= MAX_ARRAY_LENGTH) {
        throw new IllegalArgumentException(
            "vertexCount must be in [0, " + MAX_ARRAY_LENGTH + "), was " + vertexCount);
      }
      if (expectedEdgeCount < 0 || expectedEdgeCount > MAX_ARRAY_LENGTH) {
        throw new IllegalArgumentException(
            "expectedEdgeCount must be in [0, " + MAX_ARRAY_LENGTH + "], was " + expectedEdgeCount);
      }
      this.vertexCount = vertexCount;
      this.sources = new int[expectedEdgeCount];
      this.targets = new int[expectedEdgeCount];
      this.weights = new double[expectedEdgeCount];
    }

    /**
     * Adds the edge {@code source -> target} with the given weight. Adding the same ordered pair
     * again adds to its weight.
     *
     * @return this builder
     * @throws IllegalArgumentException if a vertex is outside {@code [0, vertexCount)} or the
     *     weight is negative, NaN or infinite (the message names the value and the edge)
     * @throws IllegalStateException if the builder has already built, or holds the maximum number
     *     of edges
     */
    public Builder addEdge(int source, int target, double weight) {
      requireNotBuilt();
      if (source < 0 || source >= vertexCount) {
        throw badEdge("source must be in [0, " + vertexCount + "), was " + source, source, target);
      }
      if (target < 0 || target >= vertexCount) {
        throw badEdge("target must be in [0, " + vertexCount + "), was " + target, source, target);
      }
      if (!(weight >= 0.0 && weight < Double.POSITIVE_INFINITY)) {
        throw badEdge("weight must be finite and >= 0, was " + weight, source, target);
      }
      if (size == sources.length) {
        grow();
      }
      sources[size] = source;
      targets[size] = target;
      weights[size] = weight;
      size++;
      return this;
    }

    /** The number of edges added so far, before merging. */
    public int addedEdgeCount() {
      return size;
    }

    /**
     * Builds the snapshot, merging parallel edges by summing their weights.
     *
     * @throws IllegalStateException if called twice
     * @throws IllegalArgumentException if merged weights or a vertex's out-weight sum overflow to
     *     infinity
     */
    public GraphSnapshot build() {
      requireNotBuilt();
      built = true;
      int n = vertexCount;
      int m = size;

      // 1. stable counting sort by target into temporary arrays
      int[] byTargetSources = new int[m];
      int[] byTargetTargets = new int[m];
      double[] byTargetWeights = new double[m];
      int[] cursor = startsOf(targets, m, n);
      for (int e = 0; e < m; e++) {
        int p = cursor[targets[e]]++;
        byTargetSources[p] = sources[e];
        byTargetTargets[p] = targets[e];
        byTargetWeights[p] = weights[e];
      }
      sources = null;

      // 2. stable counting sort by source, back into the builder's own target/weight buffers:
      // rows come out sorted by target, so parallel edges are adjacent
      int[] offsets = startsOf(byTargetSources, m, n);
      int[] rowTargets = targets;
      double[] rowWeights = weights;
      targets = null;
      weights = null;
      cursor = Arrays.copyOf(offsets, n);
      for (int p = 0; p < m; p++) {
        int q = cursor[byTargetSources[p]]++;
        rowTargets[q] = byTargetTargets[p];
        rowWeights[q] = byTargetWeights[p];
      }
      byTargetSources = null;
      byTargetTargets = null;
      byTargetWeights = null;

      // 3. merge runs of equal targets in place, summing weights; sum each row's out-weight
      double[] outWeightSums = new double[n];
      int write = 0;
      for (int v = 0; v < n; v++) {
        int start = offsets[v];
        int end = offsets[v + 1];
        int rowStart = write;
        offsets[v] = rowStart;
        double rowSum = 0.0;
        for (int k = start; k < end; k++) {
          int target = rowTargets[k];
          double weight = rowWeights[k];
          rowSum += weight;
          if (write > rowStart && rowTargets[write - 1] == target) {
            rowWeights[write - 1] += weight;
            if (rowWeights[write - 1] == Double.POSITIVE_INFINITY) {
              throw new IllegalArgumentException(
                  "merged weight of parallel edges overflows to infinity (edge "
                      + v
                      + " -> "
                      + target
                      + ")");
            }
          } else {
            rowTargets[write] = target;
            rowWeights[write] = weight;
            write++;
          }
        }
        if (rowSum == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException(
              "out-weight of vertex " + v + " overflows to infinity");
        }
        outWeightSums[v] = rowSum;
      }
      offsets[n] = write;
      int merged = write;
      int[] outTargets =
          rowTargets.length == merged ? rowTargets : Arrays.copyOf(rowTargets, merged);
      double[] outWeights =
          rowWeights.length == merged ? rowWeights : Arrays.copyOf(rowWeights, merged);
      rowTargets = null;
      rowWeights = null;

      // 4. transpose: a stable counting sort by target of the merged edges keeps sources ascending
      int[] inOffsets = startsOf(outTargets, merged, n);
      int[] inSources = new int[merged];
      double[] inWeights = new double[merged];
      cursor = Arrays.copyOf(inOffsets, n);
      for (int v = 0; v < n; v++) {
        for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          int p = cursor[outTargets[k]]++;
          inSources[p] = v;
          inWeights[p] = outWeights[k];
        }
      }

      return new GraphSnapshot(
          n,
          new Adjacency(offsets, outTargets, outWeights),
          new Adjacency(inOffsets, inSources, inWeights),
          outWeightSums);
    }

    /** Row starts for a counting sort: {@code starts[v]} = number of keys smaller than v. */
    private static int[] startsOf(int[] keys, int count, int n) {
      int[] starts = new int[n + 1];
      for (int i = 0; i < count; i++) {
        starts[keys[i] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        starts[v + 1] += starts[v];
      }
      return starts;
    }

    private void grow() {
      int capacity = sources.length;
      if (capacity >= MAX_ARRAY_LENGTH) {
        throw new IllegalStateException(
            "a graph snapshot holds at most " + MAX_ARRAY_LENGTH + " edges");
      }
      int grown =
          (int) Math.min(MAX_ARRAY_LENGTH, Math.max(INITIAL_EDGE_CAPACITY, capacity * 3L / 2));
      sources = Arrays.copyOf(sources, grown);
      targets = Arrays.copyOf(targets, grown);
      weights = Arrays.copyOf(weights, grown);
    }

    private void requireNotBuilt() {
      if (built) {
        throw new IllegalStateException(
            "this builder has already built its snapshot; use a new one");
      }
    }

    private static IllegalArgumentException badEdge(String problem, int source, int target) {
      return new IllegalArgumentException(problem + " (edge " + source + " -> " + target + ")");
    }
  }
}
