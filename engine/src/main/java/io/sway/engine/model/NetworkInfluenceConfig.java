package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireAtLeast;
import static io.sway.engine.model.ConfigChecks.requireAtLeastAndBelow;
import static io.sway.engine.model.ConfigChecks.requirePositive;

import io.sway.engine.rank.PageRankConfig;

/**
 * Settings of {@link NetworkInfluence}: the config section {@code influence}.
 *
 * @param damping the probability that attention passed to an account is passed on again, in
 *     {@code [0, 1)}
 * @param maxIterations the most power iterations, {@code >= 1}
 * @param tolerance stop once no account's influence changes by this much in an iteration, in
 *     effective engaged accounts (the unit of {@link InfluenceResult#influence()}); finite and
 *     {@code > 0}
 */
public record NetworkInfluenceConfig(double damping, int maxIterations, double tolerance) {
  /** The config section. */
  public static final String SECTION = "influence";

  /** 0.85, the damping of Page, Brin et al. (1999). */
  public static final double DAMPING_DEFAULT = PageRankConfig.DAMPING_DEFAULT;

  /**
   * 100: the error shrinks by about {@code damping} per iteration, so 100 iterations leave about
   * {@code 1e-7} of the largest influence; enough for chains of engagement 100 steps long.
   */
  public static final int MAX_ITERATIONS_DEFAULT = 100;

  /**
   * A thousandth of an engaged account: far below what moves a published score, and reached
   * within the iteration limit on large graphs (at 100k accounts, 1e-6 was not reached in 100
   * iterations).
   */
  public static final double TOLERANCE_DEFAULT = 1e-3;

  private static final NetworkInfluenceConfig DEFAULTS =
      new NetworkInfluenceConfig(DAMPING_DEFAULT, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key and the value, if one is out of range
   */
  public NetworkInfluenceConfig {
    requireAtLeastAndBelow(SECTION + ".damping", damping, 0.0, 1.0);
    requireAtLeast(SECTION + ".maxIterations", maxIterations, 1);
    requirePositive(SECTION + ".tolerance", tolerance);
  }

  public static NetworkInfluenceConfig defaults() {
    return DEFAULTS;
  }
}
