package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireAtLeast;
import static io.sway.engine.model.ConfigChecks.requireBetween;
import static io.sway.engine.model.ConfigChecks.requirePositive;
import static io.sway.engine.model.ConfigChecks.requireStrictlyBetween;

/**
 * Settings of {@link Amplification}: the config section {@code amplification}.
 *
 * @param priorStrength the weight of the prior, in posts: an account with this many posts sits
 *     halfway between its own rate and the prior mean; finite and {@code > 0}
 * @param reshareMean the prior probability that a post is reshared or quoted, in {@code (0, 1)}: a
 *     fixed reference value, so that one account's amplification does not move when others join
 * @param replyMean the prior probability that a post gets a reply, in {@code (0, 1)}
 * @param priorFromPopulation when true, shrink toward the rates pooled over this run's population
 *     instead of the two reference means (empirical Bayes); scores then depend on who else is in
 *     the population, so the default is false
 * @param dailyReactionAllowance reactions per day that a reactor makes at full weight, {@code >= 1}:
 *     a reactor who makes {@code k} reactions on a (UTC) day has each of them weighted {@code min(1,
 *     allowance / k)}, so its reactions of one day weigh at most this many reactions together
 * @param repeatReactorExponent how strongly repeated reactions from one reactor to one author are
 *     discounted, in {@code [0, 1]}: a reactor who reacted to {@code m} of an author's posts has
 *     each reaction weighted {@code m^-exponent}; 1 makes a reactor count once per author in total,
 *     0 turns the discount off
 */
public record AmplificationConfig(
    double priorStrength,
    double reshareMean,
    double replyMean,
    boolean priorFromPopulation,
    int dailyReactionAllowance,
    double repeatReactorExponent) {
  /** The config section. */
  public static final String SECTION = "amplification";

  /** 10 posts: an account needs about ten posts before its own rate outweighs the prior. */
  public static final double PRIOR_STRENGTH_DEFAULT = 10.0;

  /**
   * 0.05: one post in twenty gets a credited reshare or quote. A reference value; re-estimate it
   * from {@link AmplificationResult#observedReshareRate()} of a representative run.
   */
  public static final double RESHARE_MEAN_DEFAULT = 0.05;

  /** 0.10: one post in ten gets a credited reply; re-estimate as {@link #RESHARE_MEAN_DEFAULT}. */
  public static final double REPLY_MEAN_DEFAULT = 0.10;

  /** Fixed reference means by default, for population-independent scores. */
  public static final boolean PRIOR_FROM_POPULATION_DEFAULT = false;

  /** 20 reactions a day at full weight: far above an ordinary user, far below a bot's hundreds. */
  public static final int DAILY_REACTION_ALLOWANCE_DEFAULT = 20;

  /** 1: a reactor counts once per author, however many of its posts it reacts to. */
  public static final double REPEAT_REACTOR_EXPONENT_DEFAULT = 1.0;

  private static final AmplificationConfig DEFAULTS =
      new AmplificationConfig(
          PRIOR_STRENGTH_DEFAULT,
          RESHARE_MEAN_DEFAULT,
          REPLY_MEAN_DEFAULT,
          PRIOR_FROM_POPULATION_DEFAULT,
          DAILY_REACTION_ALLOWANCE_DEFAULT,
          REPEAT_REACTOR_EXPONENT_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key and the value, if one is out of range
   */
  public AmplificationConfig {
    requirePositive(SECTION + ".priorStrength", priorStrength);
    requireStrictlyBetween(SECTION + ".reshareMean", reshareMean, 0.0, 1.0);
    requireStrictlyBetween(SECTION + ".replyMean", replyMean, 0.0, 1.0);
    requireAtLeast(SECTION + ".dailyReactionAllowance", dailyReactionAllowance, 1);
    requireBetween(SECTION + ".repeatReactorExponent", repeatReactorExponent, 0.0, 1.0);
  }

  public static AmplificationConfig defaults() {
    return DEFAULTS;
  }

  /** This config with another prior strength. */
  public AmplificationConfig withPriorStrength(double newPriorStrength) {
    return new AmplificationConfig(
        newPriorStrength, reshareMean, replyMean, priorFromPopulation, dailyReactionAllowance,
        repeatReactorExponent);
  }

  /** This config shrinking toward the population's pooled rates, or not. */
  public AmplificationConfig withPriorFromPopulation(boolean fromPopulation) {
    return new AmplificationConfig(
        priorStrength, reshareMean, replyMean, fromPopulation, dailyReactionAllowance,
        repeatReactorExponent);
  }
}
