package io.sway.engine.score;

/**
 * How much one interaction of each kind counts as engagement, relative to a reshare.
 *
 * <p>Defaults follow what each action costs the engager and does for the author's reach: a
 * reshare or a quote puts the content in front of a new audience (1.0); a reply is a
 * conversation (0.8); a mention names the account to one's own audience (0.6); a like is one
 * click (0.3).
 */
public record EngagementWeights(double reshare, double quote, double reply, double mention, double like) {
  public static final double RESHARE_DEFAULT = 1.0;
  public static final double QUOTE_DEFAULT = 1.0;
  public static final double REPLY_DEFAULT = 0.8;
  public static final double MENTION_DEFAULT = 0.6;
  public static final double LIKE_DEFAULT = 0.3;

  public EngagementWeights {
    requireWeight("reshare", reshare);
    requireWeight("quote", quote);
    requireWeight("reply", reply);
    requireWeight("mention", mention);
    requireWeight("like", like);
  }

  public static EngagementWeights defaults() {
    return new EngagementWeights(
        RESHARE_DEFAULT, QUOTE_DEFAULT, REPLY_DEFAULT, MENTION_DEFAULT, LIKE_DEFAULT);
  }

  private static void requireWeight(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "weight of " + name + " must be finite and >= 0, was " + value);
    }
  }
}
