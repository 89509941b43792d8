package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireBetween;

/**
 * How much {@link TopContributors} keeps per account for explanations: the config section {@code
 * explanations}.
 *
 * @param topEngagers the engagers kept per account, those that contribute most; in {@code [0,
 *     1000]}
 * @param topPosts the posts kept per account, those that received most engagement; in {@code [0,
 *     1000]}
 */
public record ExplanationConfig(int topEngagers, int topPosts) {
  /** The config section. */
  public static final String SECTION = "explanations";

  /** The largest list kept per account: explanations are read by people. */
  public static final int MAX_KEPT = 1000;

  public static final int TOP_ENGAGERS_DEFAULT = 10;
  public static final int TOP_POSTS_DEFAULT = 5;

  private static final ExplanationConfig DEFAULTS =
      new ExplanationConfig(TOP_ENGAGERS_DEFAULT, TOP_POSTS_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key, if a count is outside {@code [0, 1000]}
   */
  public ExplanationConfig {
    requireBetween(SECTION + ".topEngagers", topEngagers, 0, MAX_KEPT);
    requireBetween(SECTION + ".topPosts", topPosts, 0, MAX_KEPT);
  }

  public static ExplanationConfig defaults() {
    return DEFAULTS;
  }
}
