package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireAtLeast;

/**
 * Settings of {@link TopicScores}: the config section {@code topics}.
 *
 * @param minEngagedPosts the evidence an account needs for a topic: at least this many of its posts
 *     on the topic in the window were engaged with by accounts that are not excluded; {@code >= 1}
 */
public record TopicConfig(int minEngagedPosts) {
  /** The config section. */
  public static final String SECTION = "topics";

  /** Three engaged posts: one lucky post, or two, never make an expert. */
  public static final int MIN_ENGAGED_POSTS_DEFAULT = 3;

  private static final TopicConfig DEFAULTS = new TopicConfig(MIN_ENGAGED_POSTS_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key, if {@code minEngagedPosts < 1}
   */
  public TopicConfig {
    requireAtLeast(SECTION + ".minEngagedPosts", minEngagedPosts, 1);
  }

  public static TopicConfig defaults() {
    return DEFAULTS;
  }
}
