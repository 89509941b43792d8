package io.sway.engine.graph;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The read-only JGraphT view returned by {@link GraphSnapshot#asGraph()}: vertices are {@code 0 ..
 * n - 1}, edges are snapshot edge ids, nothing is copied. Vertex and edge sets are computed views;
 * the only per-call allocation is boxing and, for {@link #edgesOf}, a small union set.
 */
final class SnapshotGraphView extends AbstractGraph<Integer, Integer> {
  private static final GraphType TYPE =
      new DefaultGraphType.Builder()
          .directed()
          .weighted(true)
          .allowSelfLoops(true)
          .allowMultipleEdges(false)
          .allowCycles(true)
          .modifiable(false)
          .build();
  private static final String READ_ONLY = "a GraphSnapshot view is read-only";

  private final GraphSnapshot snapshot;

  SnapshotGraphView(GraphSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  @Override
  public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
    if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
      return null;
    }
    int e = snapshot.edgeId(sourceVertex, targetVertex);
    return e < 0 ? Collections.emptySet() : Collections.singleton(e);
  }

  @Override
  public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
    if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
      return null;
    }
    int e = snapshot.edgeId(sourceVertex, targetVertex);
    return e < 0 ? null : e;
  }

  /** Always {@code null}: the view cannot create vertices. */
  @Override
  public Supplier<Integer> getVertexSupplier() {
    return null;
  }

  /** Always {@code null}: the view cannot create edges. */
  @Override
  public Supplier<Integer> getEdgeSupplier() {
    return null;
  }

  @Override
  public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer e) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public Integer addVertex() {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean addVertex(Integer v) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean containsEdge(Integer e) {
    return e != null && e >= 0 && e < snapshot.edgeCount();
  }

  @Override
  public boolean containsVertex(Integer v) {
    return v != null && v >= 0 && v < snapshot.vertexCount();
  }

  @Override
  public Set<Integer> edgeSet() {
    return new IntRangeSet(0, snapshot.edgeCount());
  }

  /** In-degree plus out-degree; a self-loop counts twice, as in JGraphT's directed graphs. */
  @Override
  public int degreeOf(Integer vertex) {
    assertVertexExist(vertex);
    return snapshot.inDegree(vertex) + snapshot.outDegree(vertex);
  }

  @Override
  public Set<Integer> edgesOf(Integer vertex) {
    Set<Integer> edges = new LinkedHashSet<>(outgoingEdgesOf(vertex));
    edges.addAll(incomingEdgesOf(vertex));
    return Collections.unmodifiableSet(edges);
  }

  @Override
  public int inDegreeOf(Integer vertex) {
    assertVertexExist(vertex);
    return snapshot.inDegree(vertex);
  }

  @Override
  public Set<Integer> incomingEdgesOf(Integer vertex) {
    assertVertexExist(vertex);
    return new IncomingEdgeSet(vertex);
  }

  @Override
  public int outDegreeOf(Integer vertex) {
    assertVertexExist(vertex);
    return snapshot.outDegree(vertex);
  }

  @Override
  public Set<Integer> outgoingEdgesOf(Integer vertex) {
    assertVertexExist(vertex);
    int first = snapshot.firstOutEdge(vertex);
    return new IntRangeSet(first, first + snapshot.outDegree(vertex));
  }

  @Override
  public boolean removeAllEdges(Collection<? extends Integer> edges) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public Set<Integer> removeAllEdges(Integer sourceVertex, Integer targetVertex) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean removeAllVertices(Collection<? extends Integer> vertices) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean removeEdge(Integer e) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public boolean removeVertex(Integer v) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public Set<Integer> vertexSet() {
    return new IntRangeSet(0, snapshot.vertexCount());
  }

  @Override
  public Integer getEdgeSource(Integer e) {
    return snapshot.edgeSource(requireEdge(e));
  }

  @Override
  public Integer getEdgeTarget(Integer e) {
    return snapshot.edgeTarget(requireEdge(e));
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public double getEdgeWeight(Integer e) {
    return snapshot.edgeWeight(requireEdge(e));
  }

  @Override
  public void setEdgeWeight(Integer e, double weight) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  @Override
  public void setEdgeWeight(Integer sourceVertex, Integer targetVertex, double weight) {
    throw new UnsupportedOperationException(READ_ONLY);
  }

  /** JGraphT's contract for unknown edges: {@code NullPointerException} or {@code IAE}. */
  private int requireEdge(Integer e) {
    if (e == null) {
      throw new NullPointerException("edge is null");
    }
    if (!containsEdge(e)) {
      throw new IllegalArgumentException("no such edge in graph: " + e);
    }
    return e;
  }

  /** The unmodifiable set of the integers {@code start .. end - 1}. */
  private static final class IntRangeSet extends AbstractSet<Integer> {
    private final int start;
    private final int end;

    IntRangeSet(int start, int end) {
      this.start = start;
      this.end = end;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer i && i >= start && i < end;
    }

    @Override
    public int size() {
      return end - start;
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        private int next = start;

        @Override
        public boolean hasNext() {
          return next < end;
        }

        @Override
        public Integer next() {
          if (next >= end) {
            throw new NoSuchElementException();
          }
          return next++;
        }
      };
    }
  }

  /**
   * The unmodifiable set of the ids of the edges entering one vertex, in ascending source order.
   */
  private final class IncomingEdgeSet extends AbstractSet<Integer> {
    private final int target;

    IncomingEdgeSet(int target) {
      this.target = target;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer e && containsEdge(e) && snapshot.edgeTarget(e) == target;
    }

    @Override
    public int size() {
      return snapshot.inDegree(target);
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        private int next = 0;

        @Override
        public boolean hasNext() {
          return next < size();
        }

        @Override
        public Integer next() {
          if (next >= size()) {
            throw new NoSuchElementException();
          }
          return snapshot.edgeId(snapshot.inNeighbour(target, next++), target);
        }
      };
    }
  }
}
