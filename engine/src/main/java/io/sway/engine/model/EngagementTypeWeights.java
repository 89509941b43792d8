package io.sway.engine.model;

import static io.sway.engine.model.ConfigChecks.requireBetween;

/**
 * How much one engaging account counts, by the strongest kind of engagement it showed: the config
 * section {@code engagementWeights}. Supersedes {@code io.sway.engine.score.EngagementWeights}
 * (same defaults) for the model.
 *
 * <p>Each weight is in {@code [0, 1]}: an engager counts at most as one account of reach. Defaults
 * follow what each action costs the engager and does for the author: a reshare or a quote puts the
 * content in front of a new audience (1.0); a reply is a conversation (0.8); a mention names the
 * account to one's own audience (0.6); a like is one click (0.3). A weight of 0 makes that kind
 * carry nothing anywhere: a post engaged only that way does not count as engaged for topics.
 */
public record EngagementTypeWeights(
    double reshare, double quote, double reply, double mention, double like) {
  /** The config section these weights are read from. */
  public static final String SECTION = "engagementWeights";

  public static final double RESHARE_DEFAULT = 1.0;
  public static final double QUOTE_DEFAULT = 1.0;
  public static final double REPLY_DEFAULT = 0.8;
  public static final double MENTION_DEFAULT = 0.6;
  public static final double LIKE_DEFAULT = 0.3;

  private static final EngagementTypeWeights DEFAULTS =
      new EngagementTypeWeights(
          RESHARE_DEFAULT, QUOTE_DEFAULT, REPLY_DEFAULT, MENTION_DEFAULT, LIKE_DEFAULT);

  /**
   * @throws InvalidConfigException naming the dotted key, if a weight is outside {@code [0, 1]}
   */
  public EngagementTypeWeights {
    requireBetween(SECTION + ".reshare", reshare, 0.0, 1.0);
    requireBetween(SECTION + ".quote", quote, 0.0, 1.0);
    requireBetween(SECTION + ".reply", reply, 0.0, 1.0);
    requireBetween(SECTION + ".mention", mention, 0.0, 1.0);
    requireBetween(SECTION + ".like", like, 0.0, 1.0);
  }

  /** Reshare 1.0, quote 1.0, reply 0.8, mention 0.6, like 0.3. */
  public static EngagementTypeWeights defaults() {
    return DEFAULTS;
  }

  /** The weight of one kind of engagement. */
  public double weight(EngagementType type) {
    return switch (type) {
      case RESHARE -> reshare;
      case QUOTE -> quote;
      case REPLY -> reply;
      case MENTION -> mention;
      case LIKE -> like;
    };
  }

  /** A new array of the weights indexed by {@link EngagementType} ordinal, for hot loops. */
  double[] byOrdinal() {
    EngagementType[] types = EngagementType.values();
    double[] weights = new double[types.length];
    for (EngagementType type : types) {
      weights[type.ordinal()] = weight(type);
    }
    return weights;
  }
}
