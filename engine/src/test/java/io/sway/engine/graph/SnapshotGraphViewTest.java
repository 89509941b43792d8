package io.sway.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.EdgeList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class SnapshotGraphViewTest {
  private static final double WEIGHT_TOLERANCE = 1e-12;

  private static final EdgeList SMALL =
      EdgeList.on(5)
          .add(0, 1, 1.0)
          .add(0, 2, 2.0)
          .add(0, 1, 0.5)
          .add(2, 2, 3.0)
          .add(3, 2, 4.0)
          .add(2, 0, 1.0);

  @Test
  void viewHasTheSnapshotsVerticesEdgesAndWeights() {
    GraphSnapshot snapshot = SMALL.toSnapshot();
    Graph<Integer, Integer> view = snapshot.asGraph();
    Graph<Integer, DefaultWeightedEdge> reference = SMALL.toDefaultDirectedWeightedGraph();

    assertEquals(reference.vertexSet(), view.vertexSet());
    assertEquals(reference.edgeSet().size(), view.edgeSet().size());
    for (int e : view.edgeSet()) {
      DefaultWeightedEdge same = reference.getEdge(view.getEdgeSource(e), view.getEdgeTarget(e));
      assertEquals(reference.getEdgeWeight(same), view.getEdgeWeight(e), WEIGHT_TOLERANCE);
    }
    for (int v : view.vertexSet()) {
      assertEquals(reference.inDegreeOf(v), view.inDegreeOf(v));
      assertEquals(reference.outDegreeOf(v), view.outDegreeOf(v));
      assertEquals(reference.degreeOf(v), view.degreeOf(v));
      assertEquals(reference.edgesOf(v).size(), view.edgesOf(v).size());
      assertEquals(
          sources(reference, reference.incomingEdgesOf(v)), sources(view, view.incomingEdgesOf(v)));
      assertEquals(
          targets(reference, reference.outgoingEdgesOf(v)), targets(view, view.outgoingEdgesOf(v)));
    }
  }

  @Test
  void edgeIdsAreCsrPositions() {
    GraphSnapshot snapshot = SMALL.toSnapshot();
    Graph<Integer, Integer> view = snapshot.asGraph();

    assertEquals(Set.of(0, 1), view.outgoingEdgesOf(0));
    assertEquals(0, view.getEdge(0, 1));
    assertEquals(1.5, view.getEdgeWeight(0));
    assertEquals(
        Set.of(snapshot.edgeId(0, 2), snapshot.edgeId(2, 2), snapshot.edgeId(3, 2)),
        view.incomingEdgesOf(2));
    assertTrue(view.incomingEdgesOf(2).contains(snapshot.edgeId(2, 2)));
    assertFalse(view.incomingEdgesOf(2).contains(0));
  }

  @Test
  void lookupsFollowJGraphTContracts() {
    Graph<Integer, Integer> view = SMALL.toSnapshot().asGraph();

    assertNull(view.getEdge(1, 0));
    assertNull(view.getEdge(0, 99));
    assertNull(view.getAllEdges(0, 99));
    assertEquals(Set.of(), view.getAllEdges(1, 0));
    assertEquals(Set.of(0), view.getAllEdges(0, 1));
    assertTrue(view.containsEdge(0, 1));
    assertFalse(view.containsVertex(5));
    assertFalse(view.containsVertex(null));
    assertFalse(view.containsEdge(99));
    assertTrue(view.getType().isDirected());
    assertTrue(view.getType().isWeighted());
    assertTrue(view.getType().isAllowingSelfLoops());
    assertFalse(view.getType().isAllowingMultipleEdges());
    assertFalse(view.getType().isModifiable());
    assertThrows(IllegalArgumentException.class, () -> view.getEdgeSource(99));
    assertThrows(IllegalArgumentException.class, () -> view.getEdgeWeight(-1));
    assertThrows(IllegalArgumentException.class, () -> view.outgoingEdgesOf(5));
    assertThrows(NullPointerException.class, () -> view.getEdgeTarget(null));
  }

  @Test
  void mutatorsThrowUnsupportedOperation() {
    Graph<Integer, Integer> view = SMALL.toSnapshot().asGraph();

    List<Runnable> mutators =
        List.of(
            () -> view.addVertex(),
            () -> view.addVertex(7),
            () -> view.addEdge(1, 0),
            () -> view.addEdge(1, 0, 42),
            () -> view.removeVertex(0),
            () -> view.removeEdge(0),
            () -> view.removeEdge(0, 1),
            () -> view.removeAllEdges(Set.of(0)),
            () -> view.removeAllEdges(0, 1),
            () -> view.removeAllVertices(Set.of(0)),
            () -> view.setEdgeWeight(0, 2.0),
            () -> view.setEdgeWeight(0, 1, 2.0),
            () -> view.vertexSet().remove(0),
            () -> view.vertexSet().add(9),
            () -> view.edgeSet().clear(),
            () -> view.outgoingEdgesOf(0).remove(0),
            () -> view.incomingEdgesOf(2).clear(),
            () -> view.edgesOf(0).clear());
    for (Runnable mutator : mutators) {
      assertThrows(UnsupportedOperationException.class, mutator::run);
    }
    assertNull(view.getVertexSupplier());
    assertNull(view.getEdgeSupplier());
    assertEquals(SMALL.toSnapshot().edgeCount(), view.edgeSet().size());
  }

  @Test
  void jgraphtAlgorithmsRunOnTheView() {
    EdgeList random = EdgeList.random(200, 180, 600, 11);
    Graph<Integer, Integer> view = random.toSnapshot().asGraph();
    Graph<Integer, DefaultWeightedEdge> reference = random.toDefaultDirectedWeightedGraph();

    var viewComponents = new KosarajuStrongConnectivityInspector<>(view).stronglyConnectedSets();
    var referenceComponents =
        new KosarajuStrongConnectivityInspector<>(reference).stronglyConnectedSets();
    assertEquals(new HashSet<>(referenceComponents), new HashSet<>(viewComponents));

    var viewPaths = new DijkstraShortestPath<>(view).getPaths(0);
    var referencePaths = new DijkstraShortestPath<>(reference).getPaths(0);
    for (int v = 0; v < random.vertexCount(); v++) {
      assertEquals(referencePaths.getWeight(v), viewPaths.getWeight(v), WEIGHT_TOLERANCE);
    }
  }

  private static <E> Set<Integer> sources(Graph<Integer, E> graph, Set<E> edges) {
    Set<Integer> sources = new HashSet<>();
    for (E e : edges) {
      sources.add(graph.getEdgeSource(e));
    }
    return sources;
  }

  private static <E> Set<Integer> targets(Graph<Integer, E> graph, Set<E> edges) {
    Set<Integer> targets = new HashSet<>();
    for (E e : edges) {
      targets.add(graph.getEdgeTarget(e));
    }
    return targets;
  }
}
