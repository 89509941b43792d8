package io.sway.benchmarks;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.PageRankConfig;
import io.sway.engine.rank.RankResult;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How much faster is Sway's CSR PageRank kernel than JGraphT's {@code PageRank} on the same graph?
 *
 * <p>Both run exactly {@value #ITERATIONS} iterations (the tolerance is set so small that neither
 * stops early; the setup checks it) with damping {@value #DAMPING}, on the same heavy-tailed random
 * graph ({@link HeavyTailedGraph}, {@value #EDGES_PER_VERTEX} drawn edges per vertex, fixed seed,
 * parallel edges merged). JGraphT runs on a {@link DefaultDirectedWeightedGraph} (jgrapht-core)
 * holding the snapshot's edges; the setup checks that both give the same scores. Building the
 * graphs is not measured; each operation includes everything the algorithm allocates.
 *
 * <ul>
 *   <li>{@code csrKernel}: {@link PageRank} on the calling thread only;
 *   <li>{@code csrKernelTwoThreads}: the same with parallelism 2 (the calling thread plus one pool
 *       thread);
 *   <li>{@code jgraphtPageRank}: {@code org.jgrapht.alg.scoring.PageRank#getScores()}.
 * </ul>
 *
 * <p>Run from the repository root, with a JDK 25 {@code java}:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PageRankBenchmark
 * </pre>
 *
 * Add {@code -p edges=1000000} to run one size, or {@code -wi 3 -i 5 -r 2s} to shorten a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class PageRankBenchmark {
  static final int ITERATIONS = 20;
  static final double DAMPING = 0.85;
  static final int EDGES_PER_VERTEX = 10;

  /** Positive, as both implementations require, and never reached in 20 iterations. */
  private static final double NEVER_MET = Double.MIN_VALUE;

  private static final long SEED = 20_090_101L;

  /** How closely the two implementations must agree before anything is timed. */
  private static final double AGREEMENT = 1e-9;

  private static final PageRankConfig CONFIG = new PageRankConfig(DAMPING, ITERATIONS, NEVER_MET);

  /** Edges drawn by the generator (the snapshot has slightly fewer after merging). */
  @Param({"100000", "1000000", "10000000"})
  int edges;

  private GraphSnapshot snapshot;
  private Graph<Integer, DefaultWeightedEdge> jgraphtGraph;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void buildGraphs() {
    snapshot = HeavyTailedGraph.generate(edges / EDGES_PER_VERTEX, edges, SEED);
    jgraphtGraph = toJGraphT(snapshot);
    pool = Executors.newFixedThreadPool(1);

    RankResult ours = csrKernel();
    Map<Integer, Double> theirs = jgraphtPageRank();
    if (ours.iterations() != ITERATIONS) {
      throw new IllegalStateException("CSR kernel ran " + ours.iterations() + " iterations");
    }
    for (int v = 0; v < snapshot.vertexCount(); v++) {
      if (Math.abs(ours.score(v) - theirs.get(v)) > AGREEMENT) {
        throw new IllegalStateException(
            "scores differ at vertex " + v + ": " + ours.score(v) + " vs " + theirs.get(v));
      }
    }
    System.out.println(
        "graph: " + snapshot.vertexCount() + " vertices, " + snapshot.edgeCount() + " edges");
  }

  @TearDown(Level.Trial)
  public void stopPool() {
    pool.shutdownNow();
  }

  @Benchmark
  public RankResult csrKernel() {
    return new PageRank(snapshot, CONFIG).compute();
  }

  @Benchmark
  public RankResult csrKernelTwoThreads() {
    return new PageRank(snapshot, CONFIG, pool, 2).compute();
  }

  @Benchmark
  public Map<Integer, Double> jgraphtPageRank() {
    return new org.jgrapht.alg.scoring.PageRank<>(jgraphtGraph, DAMPING, ITERATIONS, NEVER_MET)
        .getScores();
  }

  private static Graph<Integer, DefaultWeightedEdge> toJGraphT(GraphSnapshot snapshot) {
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < snapshot.vertexCount(); v++) {
      graph.addVertex(v);
    }
    for (int v = 0; v < snapshot.vertexCount(); v++) {
      for (int i = 0; i < snapshot.outDegree(v); i++) {
        graph.setEdgeWeight(graph.addEdge(v, snapshot.outNeighbour(v, i)), snapshot.weight(v, i));
      }
    }
    return graph;
  }
}
