package io.sway.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.EdgeList;
import io.sway.engine.graph.GraphSnapshot;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageRankTest {
  /** Agreement with JGraphT's PageRank, per vertex. */
  private static final double JGRAPHT_TOLERANCE = 1e-9;

  /** Agreement with exact fractions, after iterating to convergence. */
  private static final double EXACT_TOLERANCE = 1e-12;

  /** The Wikipedia figure prints percentages to one decimal: half a unit of the last digit. */
  private static final double PUBLISHED_FIGURE_TOLERANCE = 0.0005;

  /** Parallel and sequential runs differ only by the association of one sum per iteration. */
  private static final double PARALLEL_TOLERANCE = 1e-12;

  /** Scores sum to 1 up to accumulated rounding. */
  private static final double SUM_TOLERANCE = 1e-12;

  /** Runs to a tight convergence, for golden values. */
  private static final PageRankConfig TO_CONVERGENCE =
      PageRankConfig.defaults().withMaxIterations(500).withTolerance(1e-15);

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  static Stream<Arguments> graphs() {
    return Stream.of(
        Arguments.of(
            "dangling vertices",
            EdgeList.on(6)
                .add(0, 1, 1.0)
                .add(1, 2, 1.0)
                .add(2, 0, 1.0)
                .add(2, 3, 1.0)
                .add(4, 3, 1.0)
                .add(0, 5, 1.0)),
        Arguments.of(
            "weights",
            EdgeList.on(5)
                .add(0, 1, 0.25)
                .add(0, 2, 4.0)
                .add(1, 2, 7.5)
                .add(2, 0, 1.0)
                .add(2, 3, 3.0)
                .add(3, 4, 0.5)
                .add(4, 0, 2.0)
                .add(4, 1, 10.0)),
        Arguments.of(
            "parallel edges merged",
            EdgeList.on(4)
                .add(0, 1, 1.0)
                .add(0, 1, 2.0)
                .add(0, 2, 1.5)
                .add(1, 2, 1.0)
                .add(2, 0, 0.5)
                .add(2, 0, 0.5)
                .add(2, 0, 3.0)
                .add(3, 0, 1.0)),
        Arguments.of(
            "self-loop",
            EdgeList.on(3)
                .add(0, 0, 3.0)
                .add(0, 1, 1.0)
                .add(1, 2, 1.0)
                .add(2, 0, 1.0)
                .add(2, 2, 0.5)),
        Arguments.of(
            "isolated vertices",
            EdgeList.on(8).add(1, 2, 1.0).add(2, 1, 2.0).add(2, 5, 1.0).add(5, 1, 1.0)),
        Arguments.of("random, 3,000 edges", EdgeList.random(600, 540, 3_000, 42)),
        Arguments.of("random, 20,000 edges", EdgeList.random(4_000, 3_000, 20_000, 4242)));
  }

  static Stream<Arguments> graphsAndConfigs() {
    return graphs()
        .flatMap(
            graph ->
                Stream.of(
                        PageRankConfig.defaults(),
                        new PageRankConfig(0.5, 100, 1e-6),
                        new PageRankConfig(0.95, 7, 1e-12),
                        TO_CONVERGENCE)
                    .map(config -> Arguments.of(graph.get()[0], graph.get()[1], config)));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("graphsAndConfigs")
  void agreesWithJGraphTPageRank(String name, EdgeList edges, PageRankConfig config) {
    GraphSnapshot snapshot = edges.toSnapshot();

    double[] ours = new PageRank(snapshot, config).compute().scores();

    assertAgree(jgraphtScores(edges.toDefaultDirectedWeightedGraph(), config), ours);
    assertAgree(jgraphtScores(edges.toPseudograph(), config), ours);
    assertAgree(jgraphtScores(snapshot.asGraph(), config), ours);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphs")
  void scoresSumToOne(String name, EdgeList edges) {
    GraphSnapshot snapshot = edges.toSnapshot();
    for (int iterations = 1; iterations <= 25; iterations++) {
      PageRankConfig config = PageRankConfig.defaults().withMaxIterations(iterations);

      RankResult result = new PageRank(snapshot, config).compute();

      assertEquals(1.0, sum(result.scores()), SUM_TOLERANCE, "after " + iterations + " iterations");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphs")
  void parallelAndSingleThreadedGiveTheSameScores(String name, EdgeList edges) {
    GraphSnapshot snapshot = edges.toSnapshot();
    RankResult single = new PageRank(snapshot, TO_CONVERGENCE).compute();

    for (int parallelism = 2; parallelism <= 9; parallelism++) {
      RankResult parallel = new PageRank(snapshot, TO_CONVERGENCE, pool, parallelism).compute();

      assertEquals(single.iterations(), parallel.iterations());
      assertEquals(single.converged(), parallel.converged());
      for (int v = 0; v < snapshot.vertexCount(); v++) {
        assertEquals(single.score(v), parallel.score(v), PARALLEL_TOLERANCE, "vertex " + v);
      }
    }
  }

  @Test
  void parallelRunsOnAHeavyTailedGraphMatchSingleThreaded() {
    int n = 20_000;
    SplittableRandom random = new SplittableRandom(99);
    GraphSnapshot.Builder builder = GraphSnapshot.builder(n);
    for (int i = 0; i < 200_000; i++) {
      // u^3 concentrates targets on few vertices: in-degrees follow a power law
      int target = (int) (n * Math.pow(random.nextDouble(), 3));
      builder.addEdge(random.nextInt(n), target, 1.0 + random.nextInt(5));
    }
    GraphSnapshot snapshot = builder.build();
    RankResult single = new PageRank(snapshot).compute();

    RankResult parallel = new PageRank(snapshot, PageRankConfig.defaults(), pool, 2).compute();

    assertEquals(single.iterations(), parallel.iterations());
    for (int v = 0; v < n; v++) {
      assertEquals(single.score(v), parallel.score(v), PARALLEL_TOLERANCE, "vertex " + v);
    }
  }

  /**
   * Golden value computed by hand: 0 -> 1 (weight 1), 0 -> 2 (3), 1 -> 2 (1), 2 -> 0 (1), damping
   * 17/20. The stationary equations x0 = t + d x2, x1 = t + d x0 / 4, x2 = t + d (3 x0 / 4 + x1)
   * with t = (1 - d) / 3 solve exactly (rational arithmetic) to x = (1372, 454, 1423) / 3249.
   */
  @Test
  void matchesHandComputedStationaryDistribution() {
    GraphSnapshot g =
        GraphSnapshot.builder(3)
            .addEdge(0, 1, 1.0)
            .addEdge(0, 2, 3.0)
            .addEdge(1, 2, 1.0)
            .addEdge(2, 0, 1.0)
            .build();

    RankResult result = new PageRank(g, TO_CONVERGENCE).compute();

    assertTrue(result.converged());
    assertEquals(1372.0 / 3249, result.score(0), EXACT_TOLERANCE);
    assertEquals(454.0 / 3249, result.score(1), EXACT_TOLERANCE);
    assertEquals(1423.0 / 3249, result.score(2), EXACT_TOLERANCE);
  }

  /**
   * Golden values from the example figure of Wikipedia's "PageRank" article (11 pages A..K, damping
   * 0.85, page A dangling), which prints each page's score as a percentage with one decimal: A 3.3,
   * B 38.4, C 34.3, D 3.9, E 8.1, F 3.9, G..K 1.6 each.
   */
  @Test
  void matchesWikipediaExampleFigure() {
    String[] links = {
      "BC", "CB", "DA", "DB", "ED", "EB", "EF", "FB", "FE", "GB", "GE", "HB", "HE", "IB", "IE",
      "JE", "KE"
    };
    GraphSnapshot.Builder builder = GraphSnapshot.builder(11);
    for (String link : links) {
      builder.addEdge(link.charAt(0) - 'A', link.charAt(1) - 'A', 1.0);
    }

    RankResult result = new PageRank(builder.build(), TO_CONVERGENCE).compute();

    double[] published = {
      0.033, 0.384, 0.343, 0.039, 0.081, 0.039, 0.016, 0.016, 0.016, 0.016, 0.016
    };
    for (int v = 0; v < published.length; v++) {
      assertEquals(
          published[v], result.score(v), PUBLISHED_FIGURE_TOLERANCE, "page " + (char) ('A' + v));
    }
  }

  /**
   * 0 -> 1 with 1 dangling: its rank returns to both vertices evenly, so x0 = r, x1 = r + d x0 with
   * r = ((1 - d) x0 + x1) / 2; solving with x0 + x1 = 1 gives x0 = 1 / (2 + d).
   */
  @Test
  void danglingRankIsRedistributed() {
    GraphSnapshot g = GraphSnapshot.builder(2).addEdge(0, 1, 5.0).build();

    RankResult result = new PageRank(g, TO_CONVERGENCE).compute();

    assertEquals(20.0 / 57, result.score(0), EXACT_TOLERANCE);
    assertEquals(37.0 / 57, result.score(1), EXACT_TOLERANCE);
  }

  @Test
  void zeroWeightEdgesPassNoRank() {
    EdgeList withZeroEdges =
        EdgeList.on(4)
            .add(0, 1, 1.0)
            .add(1, 2, 2.0)
            .add(2, 0, 1.0)
            .add(3, 0, 0.0)
            .add(3, 2, 0.0)
            .add(1, 3, 0.0);
    EdgeList withoutThem = EdgeList.on(4).add(0, 1, 1.0).add(1, 2, 2.0).add(2, 0, 1.0);

    double[] ours = new PageRank(withZeroEdges.toSnapshot(), TO_CONVERGENCE).compute().scores();

    // vertex 3 has only zero-weight out-edges: it is dangling, as if it had none
    assertAgree(jgraphtScores(withoutThem.toDefaultDirectedWeightedGraph(), TO_CONVERGENCE), ours);
    assertEquals(1.0, sum(ours), SUM_TOLERANCE);
  }

  @Test
  void reportsConvergenceWithinTheIterationLimit() {
    GraphSnapshot g = EdgeList.random(600, 540, 3_000, 42).toSnapshot();

    RankResult result =
        new PageRank(g, PageRankConfig.defaults().withMaxIterations(200).withTolerance(1e-8))
            .compute();

    assertTrue(result.converged());
    assertTrue(
        result.iterations() > 1 && result.iterations() < 200, "iterations " + result.iterations());
    assertTrue(result.lastDelta() < 1e-8);
  }

  @Test
  void reportsNonConvergenceAtTheIterationLimit() {
    GraphSnapshot g = EdgeList.random(600, 540, 3_000, 42).toSnapshot();

    RankResult result =
        new PageRank(g, PageRankConfig.defaults().withMaxIterations(3).withTolerance(1e-15))
            .compute();

    assertFalse(result.converged());
    assertEquals(3, result.iterations());
    assertTrue(result.lastDelta() >= 1e-15);
  }

  @Test
  void lastDeltaIsTheLargestScoreChangeOfTheLastIteration() {
    GraphSnapshot g = EdgeList.random(600, 540, 3_000, 42).toSnapshot();
    double[] four =
        new PageRank(g, PageRankConfig.defaults().withMaxIterations(4)).compute().scores();

    RankResult five = new PageRank(g, PageRankConfig.defaults().withMaxIterations(5)).compute();

    double largest = 0.0;
    for (int v = 0; v < four.length; v++) {
      largest = Math.max(largest, Math.abs(five.score(v) - four[v]));
    }
    assertEquals(largest, five.lastDelta());
  }

  @Test
  void emptyGraphGivesAnEmptyConvergedResult() {
    RankResult result = new PageRank(GraphSnapshot.builder(0).build()).compute();

    assertEquals(0, result.vertexCount());
    assertEquals(0, result.iterations());
    assertTrue(result.converged());
    assertEquals(0.0, result.lastDelta());
  }

  @Test
  void graphWithoutEdgesGivesUniformScores() {
    RankResult result = new PageRank(GraphSnapshot.builder(4).build()).compute();

    for (int v = 0; v < 4; v++) {
      assertEquals(0.25, result.score(v));
    }
    assertTrue(result.converged());
    assertEquals(1, result.iterations());
  }

  @Test
  void zeroDampingGivesUniformScores() {
    GraphSnapshot g = EdgeList.random(50, 50, 300, 3).toSnapshot();

    RankResult result = new PageRank(g, PageRankConfig.defaults().withDamping(0.0)).compute();

    for (int v = 0; v < 50; v++) {
      assertEquals(1.0 / 50, result.score(v), EXACT_TOLERANCE);
    }
  }

  @Test
  void parallelismAboveVertexCountIsFine() {
    GraphSnapshot g = GraphSnapshot.builder(2).addEdge(0, 1, 5.0).build();

    RankResult result = new PageRank(g, TO_CONVERGENCE, pool, 8).compute();

    assertEquals(20.0 / 57, result.score(0), EXACT_TOLERANCE);
  }

  @Test
  void invalidParallelismIsRejected() {
    GraphSnapshot g = GraphSnapshot.builder(1).build();

    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PageRank(g, PageRankConfig.defaults(), pool, 0));

    assertEquals("parallelism must be >= 1, was 0", e.getMessage());
  }

  @Test
  void executorFailuresReachTheCaller() {
    GraphSnapshot g = EdgeList.random(50, 50, 300, 3).toSnapshot();
    RejectedExecutionException rejection = new RejectedExecutionException("no room");

    var e =
        assertThrows(
            RejectedExecutionException.class,
            () ->
                new PageRank(
                        g,
                        PageRankConfig.defaults(),
                        task -> {
                          throw rejection;
                        },
                        2)
                    .compute());

    assertSame(rejection, e);
  }

  @Test
  void tinyButPositiveOutWeightIsRejected() {
    GraphSnapshot g = GraphSnapshot.builder(2).addEdge(0, 1, Double.MIN_VALUE).build();

    var e = assertThrows(IllegalArgumentException.class, () -> new PageRank(g).compute());

    assertEquals(
        "out-weight of vertex 0 is too small to normalise, was 4.9E-324; rescale the edge weights",
        e.getMessage());
  }

  private static double[] jgraphtScores(Graph<Integer, ?> graph, PageRankConfig config) {
    Map<Integer, Double> scores =
        new org.jgrapht.alg.scoring.PageRank<>(
                graph, config.damping(), config.maxIterations(), config.tolerance())
            .getScores();
    double[] result = new double[graph.vertexSet().size()];
    scores.forEach((v, score) -> result[v] = score);
    return result;
  }

  private static void assertAgree(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int v = 0; v < expected.length; v++) {
      assertEquals(expected[v], actual[v], JGRAPHT_TOLERANCE, "vertex " + v);
    }
  }

  private static double sum(double[] values) {
    double sum = 0.0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
