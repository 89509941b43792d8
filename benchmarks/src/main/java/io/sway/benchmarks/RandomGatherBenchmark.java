package io.sway.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * What is this machine's random-gather bound for one PageRank iteration: how long do {@code
 * edges} random 8-byte reads take over a {@code double} array as large as the rank vector of
 * {@code edges / 20} vertices (the follow graphs Sway is benchmarked on have 20 edges per vertex),
 * on one thread and on two? {@link RandomGather} is the pass; the side-by-side run measures the
 * same pass next to the kernels, this class measures it alone with JMH's rigour.
 *
 * <p>Run from the repository root, with a JDK 25 {@code java}:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RandomGatherBenchmark
 * </pre>
 *
 * Add {@code -p edges=20000000} to run one size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class RandomGatherBenchmark {
  static final int EDGES_PER_VERTEX = 20;
  private static final long SEED = 5L;

  /** Gathers per pass, as many as the graph's edges. */
  @Param({"100000", "1000000", "10000000", "20000000"})
  int edges;

  private ExecutorService pool;
  private RandomGather oneThread;
  private RandomGather twoThreads;

  @Setup(Level.Trial)
  public void fill() {
    pool = Executors.newFixedThreadPool(1);
    int vertices = edges / EDGES_PER_VERTEX;
    oneThread = new RandomGather(vertices, edges, SEED, pool, 1);
    twoThreads = new RandomGather(vertices, edges, SEED, pool, 2);
  }

  @TearDown(Level.Trial)
  public void stopPool() {
    pool.shutdownNow();
  }

  @Benchmark
  public double oneThread() {
    return oneThread.pass();
  }

  @Benchmark
  public double twoThreads() {
    return twoThreads.pass();
  }
}
