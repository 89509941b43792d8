package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireAbove;
import static io.sway.engine.model.ConfigChecks.requireNonNegative;
import static io.sway.engine.model.ConfigChecks.requirePositive;

/**
 * Settings of {@link InfluenceScore}, the fixed calibration from the three parts to 1–100: the
 * config section {@code score}. See {@link InfluenceScore} for the formulas.
 *
 * @param reachWeight how much one account of True Reach adds to the audience, finite and {@code >=
 *     0}
 * @param influenceWeight how much one effective account of Network Influence adds to the audience,
 *     finite and {@code >= 0}; {@code reachWeight + influenceWeight > 0}
 * @param amplificationBoost the audience multiplier is {@code 1 + amplificationBoost ×
 *     amplification}; finite and {@code >= 0}
 * @param midpoint the audience, in effective engaged accounts, that scores 50; finite and {@code >
 *     0}
 * @param steepness the exponent {@code k} of the curve: each tenfold audience multiplies the odds
 *     {@code score / (100 - score)} by {@code 10^k}; finite and {@code > 0}
 * @param personNorm the exponent {@code p} of the p-norm that combines a person's accounts; finite
 *     and {@code > 1} (1 would be the plain sum)
 */
public record ScoreConfig(
    double reachWeight,
    double influenceWeight,
    double amplificationBoost,
    double midpoint,
    double steepness,
    double personNorm) {
  /** The config section. */
  public static final String SECTION = "score";

  /** One engaged account of reach is one account of audience. */
  public static final double REACH_WEIGHT_DEFAULT = 1.0;

  /** One effective account of network influence is one account of audience. */
  public static final double INFLUENCE_WEIGHT_DEFAULT = 1.0;

  /** 2: an account whose every post is amplified has three times the audience of one whose none is. */
  public static final double AMPLIFICATION_BOOST_DEFAULT = 2.0;

  /** 100 effective engaged accounts score 50 (Klout's "typical blogger" scored 48). */
  public static final double MIDPOINT_DEFAULT = 100.0;

  /**
   * 0.36: 10 accounts score 30, 1,000 score 70 (Klout's average "guru"), a million 96.5, ten
   * million 98.4, a hundred million 99.3; nobody reaches 100.
   */
  public static final double STEEPNESS_DEFAULT = 0.36;

  /** 2: two equally strong accounts make a person {@code √2} times as influential as one. */
  public static final double PERSON_NORM_DEFAULT = 2.0;

  private static final ScoreConfig DEFAULTS =
      new ScoreConfig(
          REACH_WEIGHT_DEFAULT,
          INFLUENCE_WEIGHT_DEFAULT,
          AMPLIFICATION_BOOST_DEFAULT,
          MIDPOINT_DEFAULT,
          STEEPNESS_DEFAULT,
          PERSON_NORM_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key and the value, if one is out of range
   */
  public ScoreConfig {
    requireNonNegative(SECTION + ".reachWeight", reachWeight);
    requireNonNegative(SECTION + ".influenceWeight", influenceWeight);
    if (reachWeight + influenceWeight == 0.0) {
      throw new InvalidConfigException(
          SECTION + ".reachWeight",
          SECTION + ".reachWeight and " + SECTION + ".influenceWeight must not both be 0");
    }
    requireNonNegative(SECTION + ".amplificationBoost", amplificationBoost);
    requirePositive(SECTION + ".midpoint", midpoint);
    requirePositive(SECTION + ".steepness", steepness);
    requireAbove(SECTION + ".personNorm", personNorm, 1.0);
  }

  public static ScoreConfig defaults() {
    return DEFAULTS;
  }
}
