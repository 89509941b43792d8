package io.sway.benchmarks.report;

import java.util.Objects;

/**
 * One figure a report leads with: a ratio or a rate derived from phases, and, when the figure has
 * a target, the target and whether the run met it.
 *
 * @param name what the figure is, e.g. {@code "PageRank: GDS / Sway (medians)"}
 * @param value the measured figure
 * @param unit e.g. {@code "x"}, {@code "s"}, {@code "bytes/edge"}
 * @param comparison {@code ">="} or {@code "<="} when there is a target, else {@code null}
 * @param limit the target, ignored without a comparison
 */
public record Headline(String name, double value, String unit, String comparison, double limit) {

  public Headline {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (comparison != null && !comparison.equals(">=") && !comparison.equals("<=")) {
      throw new IllegalArgumentException("comparison must be >=, <= or null, was " + comparison);
    }
  }

  /** A figure without a target. */
  public static Headline figure(String name, double value, String unit) {
    return new Headline(name, value, unit, null, Double.NaN);
  }

  /** A figure that should be at least {@code limit}. */
  public static Headline atLeast(String name, double value, String unit, double limit) {
    return new Headline(name, value, unit, ">=", limit);
  }

  /** A figure that should be at most {@code limit}. */
  public static Headline atMost(String name, double value, String unit, double limit) {
    return new Headline(name, value, unit, "<=", limit);
  }

  public boolean hasTarget() {
    return comparison != null;
  }

  /** Whether the target is met; true when there is none. */
  public boolean met() {
    if (comparison == null) {
      return true;
    }
    return comparison.equals(">=") ? value >= limit : value <= limit;
  }
}
