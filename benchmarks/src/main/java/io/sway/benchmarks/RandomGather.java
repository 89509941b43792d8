package io.sway.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * This machine's random-gather bound for a pull-based PageRank iteration: how many random 8-byte
 * reads per second it does over a {@code double} array as large as the rank vector, reading the
 * positions from a sequential {@code int} stream as long as the edge list, exactly the memory
 * pattern of one iteration ({@code sum += x[source[k]]}) without any arithmetic on top.
 *
 * <p>Positions are uniform over the array, the worst case for caches; a real graph's sources are
 * skewed towards hubs, so a kernel can run below this bound. The stream is split into {@code
 * parallelism} equal parts, one on the calling thread and the others on the executor, as the
 * kernel splits its iteration.
 */
final class RandomGather {
  private final double[] values;
  private final int[] positions;
  private final Executor executor;
  private final int parallelism;

  RandomGather(int arrayLength, int gathers, long seed, Executor executor, int parallelism) {
    SplittableRandom random = new SplittableRandom(seed);
    this.values = new double[arrayLength];
    for (int i = 0; i < arrayLength; i++) {
      values[i] = random.nextDouble();
    }
    this.positions = new int[gathers];
    for (int k = 0; k < gathers; k++) {
      positions[k] = random.nextInt(arrayLength);
    }
    this.executor = executor;
    this.parallelism = parallelism;
  }

  int gathers() {
    return positions.length;
  }

  /** One pass over every position; returns the sum so the reads cannot be dropped. */
  double pass() {
    int m = positions.length;
    @SuppressWarnings("unchecked")
    CompletableFuture<Double>[] others = new CompletableFuture[parallelism - 1];
    for (int t = 1; t < parallelism; t++) {
      int from = (int) ((long) m * t / parallelism);
      int to = (int) ((long) m * (t + 1) / parallelism);
      others[t - 1] = CompletableFuture.supplyAsync(() -> sum(from, to), executor);
    }
    double total = sum(0, (int) ((long) m / parallelism));
    for (CompletableFuture<Double> other : others) {
      total += other.join();
    }
    return total;
  }

  private double sum(int from, int to) {
    double[] values = this.values;
    int[] positions = this.positions;
    double s0 = 0.0;
    double s1 = 0.0;
    int k = from;
    for (; k + 1 < to; k += 2) {
      s0 += values[positions[k]];
      s1 += values[positions[k + 1]];
    }
    if (k < to) {
      s0 += values[positions[k]];
    }
    return s0 + s1;
  }
}
