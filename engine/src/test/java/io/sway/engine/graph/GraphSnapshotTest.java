package io.sway.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GraphSnapshotTest {

  @Test
  void edgesAreSortedBySourceThenTarget() {
    GraphSnapshot g =
        GraphSnapshot.builder(4)
            .addEdge(2, 3, 1.0)
            .addEdge(0, 3, 2.0)
            .addEdge(2, 0, 3.0)
            .addEdge(0, 1, 4.0)
            .build();

    Adjacency out = g.outAdjacency();
    assertArrayEquals(new int[] {0, 2, 2, 4, 4}, out.offsets());
    assertArrayEquals(new int[] {1, 3, 0, 3}, out.neighbours());
    assertArrayEquals(new double[] {4.0, 2.0, 3.0, 1.0}, out.weights());
    assertEquals(2, g.outDegree(0));
    assertEquals(0, g.outDegree(1));
    assertEquals(3, g.outNeighbour(0, 1));
    assertEquals(2.0, g.weight(0, 1));
  }

  @Test
  void parallelEdgesAreMergedBySummingTheirWeights() {
    GraphSnapshot g =
        GraphSnapshot.builder(3)
            .addEdge(0, 1, 1.5)
            .addEdge(1, 2, 1.0)
            .addEdge(0, 1, 2.5)
            .addEdge(0, 1, 0.0)
            .build();

    assertEquals(2, g.edgeCount());
    assertEquals(1, g.outDegree(0));
    assertEquals(4.0, g.weight(0, 0));
    assertEquals(1, g.inDegree(1));
    assertEquals(4.0, g.inWeight(1, 0));
  }

  @Test
  void outWeightIsTheSumOfOutgoingWeights() {
    GraphSnapshot g =
        GraphSnapshot.builder(3)
            .addEdge(0, 1, 1.5)
            .addEdge(0, 2, 2.0)
            .addEdge(0, 0, 0.5)
            .addEdge(0, 1, 1.0)
            .build();

    assertEquals(5.0, g.outWeight(0));
    assertEquals(0.0, g.outWeight(1));
  }

  @Test
  void selfLoopsAndZeroWeightEdgesAreKept() {
    GraphSnapshot g = GraphSnapshot.builder(2).addEdge(1, 1, 2.0).addEdge(0, 1, 0.0).build();

    assertEquals(2, g.edgeCount());
    assertEquals(1, g.outNeighbour(1, 0));
    assertEquals(1, g.inNeighbour(1, 1));
    assertEquals(0.0, g.weight(0, 0));
    assertEquals(0.0, g.outWeight(0));
  }

  @Test
  void inAdjacencyIsTheTransposeWithSourcesAscending() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 300;
    GraphSnapshot.Builder builder = GraphSnapshot.builder(n);
    for (int i = 0; i < 5_000; i++) {
      builder.addEdge(random.nextInt(n), random.nextInt(n), random.nextDouble());
    }
    GraphSnapshot g = builder.build();

    int inEdges = 0;
    for (int v = 0; v < n; v++) {
      int previous = -1;
      for (int i = 0; i < g.inDegree(v); i++) {
        int u = g.inNeighbour(v, i);
        assertEquals(true, u > previous, "sources ascending and unique into " + v);
        int e = g.edgeId(u, v);
        assertEquals(g.edgeWeight(e), g.inWeight(v, i));
        previous = u;
        inEdges++;
      }
      for (int i = 0; i < g.outDegree(v); i++) {
        int e = g.firstOutEdge(v) + i;
        assertEquals(v, g.edgeSource(e));
        assertEquals(g.outNeighbour(v, i), g.edgeTarget(e));
        if (i > 0) {
          assertEquals(true, g.outNeighbour(v, i) > g.outNeighbour(v, i - 1));
        }
      }
    }
    assertEquals(g.edgeCount(), inEdges);
  }

  @Test
  void edgeIdIsMinusOneForAMissingEdge() {
    GraphSnapshot g = GraphSnapshot.builder(3).addEdge(0, 2, 1.0).build();

    assertEquals(0, g.edgeId(0, 2));
    assertEquals(-1, g.edgeId(0, 1));
    assertEquals(-1, g.edgeId(2, 0));
  }

  @Test
  void edgeSourceSkipsVerticesWithoutOutEdges() {
    GraphSnapshot g =
        GraphSnapshot.builder(6).addEdge(1, 0, 1.0).addEdge(4, 0, 1.0).addEdge(4, 5, 1.0).build();

    assertEquals(1, g.edgeSource(0));
    assertEquals(4, g.edgeSource(1));
    assertEquals(4, g.edgeSource(2));
  }

  @Test
  void emptyGraphsAreAllowed() {
    GraphSnapshot none = GraphSnapshot.builder(0).build();
    GraphSnapshot isolated = GraphSnapshot.builder(5).build();

    assertEquals(0, none.vertexCount());
    assertEquals(0, none.edgeCount());
    assertEquals(5, isolated.vertexCount());
    assertEquals(0, isolated.edgeCount());
    assertEquals(0, isolated.outDegree(4));
  }

  @Test
  void millionsOfEdgesGrowThePrimitiveBuffers() {
    int n = 100_000;
    int m = 2_000_000;
    GraphSnapshot.Builder builder = GraphSnapshot.builder(n);
    for (int i = 0; i < m; i++) {
      // every edge distinct: source i % n, target determined by i / n
      builder.addEdge(i % n, (i % n + i / n + 1) % n, 1.0);
    }
    assertEquals(m, builder.addedEdgeCount());
    GraphSnapshot g = builder.build();

    assertEquals(m, g.edgeCount());
    assertEquals(m / n, g.outDegree(0));
    assertEquals(m / n, g.inDegree(n - 1));
    assertEquals(m / (double) n, g.outWeight(123));
  }

  @Test
  void negativeWeightIsRejectedWithItsValueAndEdge() {
    var builder = GraphSnapshot.builder(10);

    var e = assertThrows(IllegalArgumentException.class, () -> builder.addEdge(3, 7, -1.0));

    assertEquals("weight must be finite and >= 0, was -1.0 (edge 3 -> 7)", e.getMessage());
  }

  @Test
  void nanAndInfiniteWeightsAreRejected() {
    var builder = GraphSnapshot.builder(10);

    var nan = assertThrows(IllegalArgumentException.class, () -> builder.addEdge(1, 2, Double.NaN));
    var inf =
        assertThrows(
            IllegalArgumentException.class, () -> builder.addEdge(1, 2, Double.POSITIVE_INFINITY));

    assertEquals("weight must be finite and >= 0, was NaN (edge 1 -> 2)", nan.getMessage());
    assertEquals("weight must be finite and >= 0, was Infinity (edge 1 -> 2)", inf.getMessage());
  }

  @Test
  void outOfRangeVerticesAreRejectedWithTheirValue() {
    var builder = GraphSnapshot.builder(5);

    var source = assertThrows(IllegalArgumentException.class, () -> builder.addEdge(5, 0, 1.0));
    var target = assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, -1, 1.0));

    assertEquals("source must be in [0, 5), was 5 (edge 5 -> 0)", source.getMessage());
    assertEquals("target must be in [0, 5), was -1 (edge 0 -> -1)", target.getMessage());
  }

  @Test
  void rejectedEdgesAreNotAdded() {
    var builder = GraphSnapshot.builder(2).addEdge(0, 1, 1.0);
    assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 1, -2.0));

    assertEquals(1, builder.addedEdgeCount());
    assertEquals(1.0, builder.build().outWeight(0));
  }

  @Test
  void negativeCountsAreRejected() {
    var vertices = assertThrows(IllegalArgumentException.class, () -> GraphSnapshot.builder(-1));
    var edges = assertThrows(IllegalArgumentException.class, () -> GraphSnapshot.builder(3, -2));

    assertEquals(
        "vertexCount must be in [0, " + GraphSnapshot.Builder.MAX_ARRAY_LENGTH + "), was -1",
        vertices.getMessage());
    assertEquals(
        "expectedEdgeCount must be in [0, " + GraphSnapshot.Builder.MAX_ARRAY_LENGTH + "], was -2",
        edges.getMessage());
  }

  @Test
  void mergedWeightOverflowIsRejected() {
    var builder =
        GraphSnapshot.builder(2).addEdge(0, 1, Double.MAX_VALUE).addEdge(0, 1, Double.MAX_VALUE);

    var e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals(
        "merged weight of parallel edges overflows to infinity (edge 0 -> 1)", e.getMessage());
  }

  @Test
  void outWeightOverflowIsRejected() {
    var builder =
        GraphSnapshot.builder(3).addEdge(0, 1, Double.MAX_VALUE).addEdge(0, 2, Double.MAX_VALUE);

    var e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("out-weight of vertex 0 overflows to infinity", e.getMessage());
  }

  @Test
  void aBuilderBuildsOnce() {
    var builder = GraphSnapshot.builder(2).addEdge(0, 1, 1.0);
    builder.build();

    assertThrows(IllegalStateException.class, builder::build);
    assertThrows(IllegalStateException.class, () -> builder.addEdge(1, 0, 1.0));
  }

  @Test
  void accessorsRejectOutOfRangeArguments() {
    GraphSnapshot g = GraphSnapshot.builder(2).addEdge(0, 1, 1.0).build();

    var vertex = assertThrows(IndexOutOfBoundsException.class, () -> g.outDegree(2));
    var index = assertThrows(IndexOutOfBoundsException.class, () -> g.outNeighbour(0, 1));
    var edge = assertThrows(IndexOutOfBoundsException.class, () -> g.edgeSource(1));

    assertEquals("vertex must be in [0, 2), was 2", vertex.getMessage());
    assertEquals("out-edge index must be in [0, 1) for vertex 0, was 1", index.getMessage());
    assertEquals("edge must be in [0, 1), was 1", edge.getMessage());
  }
}
