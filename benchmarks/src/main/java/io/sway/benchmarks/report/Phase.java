package io.sway.benchmarks.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The timed repetitions of one phase (e.g. {@code "pagerank"}, {@code "bulk load"}) run by one
 * contender (e.g. {@code "sway"}, {@code "gds"}, {@code "jgrapht"}) on one input size.
 *
 * <p>This is the only record a new phase needs: measure it with {@link Stopwatch} (or time it
 * any other way), wrap the seconds in a {@code Phase}, and hand it to {@link ReportWriter} with the
 * others. Warm-up runs are not part of {@code seconds}.
 *
 * @param phase what was timed, the same name for every contender and size
 * @param contender who ran it
 * @param size the input size the phase is plotted against (usually edges)
 * @param unit what {@code size} counts, e.g. {@code "edges"} or {@code "accounts"}
 * @param seconds the measured repetitions, in run order, each {@code > 0}
 * @param facts what else the run reported (iterations, bytes, counts), written as given
 */
public record Phase(
    String phase,
    String contender,
    long size,
    String unit,
    List<Double> seconds,
    Map<String, Object> facts) {

  public Phase {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(contender, "contender");
    Objects.requireNonNull(unit, "unit");
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    seconds = List.copyOf(seconds);
    if (seconds.isEmpty()) {
      throw new IllegalArgumentException(phase + " / " + contender + ": no repetitions");
    }
    for (double s : seconds) {
      if (!(s > 0.0 && s < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            phase + " / " + contender + ": each time must be finite and > 0, was " + s);
      }
    }
    facts = Map.copyOf(facts);
  }

  /** The median of {@link #seconds()} (the mean of the middle two for an even count). */
  public double median() {
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  public double min() {
    return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  public double max() {
    return seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  /** {@code size / median()}: edges (or whatever {@link #unit()} counts) per second. */
  public double throughput() {
    return size / median();
  }

  @Override
  public String toString() {
    return phase + " / " + contender + " @ " + size + " " + unit + ": median " + median() + " s of "
        + Arrays.toString(seconds.toArray());
  }
}
