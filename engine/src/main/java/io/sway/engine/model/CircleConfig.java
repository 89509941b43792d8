package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireAtLeastAndBelow;
import static io.sway.engine.model.ConfigChecks.requireBetween;

/**
 * Settings of {@link EngagementCircles}, the discount on engagement inside closed circles: the
 * config section {@code circles}.
 *
 * @param discount the largest share of an engagement edge removed, reached by perfectly reciprocal
 *     engagement between two accounts that spend all their engagement inside their common circle;
 *     in {@code [0, 1]}; 0 turns the discount off
 * @param circleSize how many common partners, each engaging both accounts of a reciprocal pair and
 *     engaged by both, make the pair a closed circle whatever else its members engage with; {@code
 *     >= 1}
 */
public record CircleConfig(double discount, double circleSize) {
  /** The config section. */
  public static final String SECTION = "circles";

  /**
   * 1: engagement inside a closed circle counts for nothing. Measured on the generated
   * 20,000-account network (seed 7): with 0.9, the tenth left of seven pod mates' engagement still
   * lifted small pod members by 4.4 points on average (max 16); with 1, by 0.06 (max 1), while
   * the predictive Spearman of the score did not move (0.161). The price, on that network: 244 of
   * 17,584 genuine accounts outside pods lose more than 2 points of their day's score to the
   * circle discount (53 more than 5).
   */
  public static final double DISCOUNT_DEFAULT = 1.0;

  /**
   * 4: two accounts with four common partners, all six engaging each other both ways, form a
   * circle of six; acquaintances rarely share more than one or two such partners.
   */
  public static final double CIRCLE_SIZE_DEFAULT = 4;

  private static final CircleConfig DEFAULTS =
      new CircleConfig(DISCOUNT_DEFAULT, CIRCLE_SIZE_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key, if {@code discount} is outside {@code [0,
   *     1]}
   */
  public CircleConfig {
    requireBetween(SECTION + ".discount", discount, 0.0, 1.0);
    requireAtLeastAndBelow(SECTION + ".circleSize", circleSize, 1.0, Double.POSITIVE_INFINITY);
  }

  public static CircleConfig defaults() {
    return DEFAULTS;
  }
}
