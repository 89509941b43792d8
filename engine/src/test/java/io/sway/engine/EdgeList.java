package io.sway.engine;

import io.sway.engine.graph.GraphSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * A test graph as a plain list of weighted edges, convertible to a {@link GraphSnapshot} and to the
 * JGraphT graphs the reference algorithms run on.
 */
public final class EdgeList {
  /** One directed weighted edge. */
  public record Edge(int source, int target, double weight) {}

  private final int vertexCount;
  private final List<Edge> edges = new ArrayList<>();

  private EdgeList(int vertexCount) {
    this.vertexCount = vertexCount;
  }

  /** An edge list on the vertices {@code 0 .. vertexCount - 1}, with no edges yet. */
  public static EdgeList on(int vertexCount) {
    return new EdgeList(vertexCount);
  }

  /**
   * {@code edgeCount} random edges with weights in {@code [0.1, 10)}; only vertices below {@code
   * sourceLimit} get out-edges, so the others are dangling. Parallel edges and self-loops occur.
   */
  public static EdgeList random(int vertexCount, int sourceLimit, int edgeCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    EdgeList list = on(vertexCount);
    for (int i = 0; i < edgeCount; i++) {
      list.add(
          random.nextInt(sourceLimit), random.nextInt(vertexCount), random.nextDouble(0.1, 10.0));
    }
    return list;
  }

  public EdgeList add(int source, int target, double weight) {
    edges.add(new Edge(source, target, weight));
    return this;
  }

  public int vertexCount() {
    return vertexCount;
  }

  public List<Edge> edges() {
    return List.copyOf(edges);
  }

  public GraphSnapshot toSnapshot() {
    GraphSnapshot.Builder builder = GraphSnapshot.builder(vertexCount);
    for (Edge e : edges) {
      builder.addEdge(e.source(), e.target(), e.weight());
    }
    return builder.build();
  }

  /** A JGraphT simple directed graph (self-loops allowed): parallel edges summed into one. */
  public Graph<Integer, DefaultWeightedEdge> toDefaultDirectedWeightedGraph() {
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    addVertices(graph);
    for (Edge e : edges) {
      DefaultWeightedEdge existing = graph.getEdge(e.source(), e.target());
      if (existing == null) {
        graph.setEdgeWeight(graph.addEdge(e.source(), e.target()), e.weight());
      } else {
        graph.setEdgeWeight(existing, graph.getEdgeWeight(existing) + e.weight());
      }
    }
    return graph;
  }

  /** A JGraphT directed multigraph that keeps parallel edges as they were added. */
  public Graph<Integer, DefaultWeightedEdge> toPseudograph() {
    Graph<Integer, DefaultWeightedEdge> graph =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    addVertices(graph);
    for (Edge e : edges) {
      graph.setEdgeWeight(graph.addEdge(e.source(), e.target()), e.weight());
    }
    return graph;
  }

  private void addVertices(Graph<Integer, DefaultWeightedEdge> graph) {
    for (int v = 0; v < vertexCount; v++) {
      graph.addVertex(v);
    }
  }
}
