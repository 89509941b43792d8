package io.sway.engine.model;

/** The kinds of engagement the model distinguishes, in a fixed order (stored as ordinals). */
public enum EngagementType {
  RESHARE,
  QUOTE,
  REPLY,
  MENTION,
  LIKE;

  private static final EngagementType[] VALUES = values();

  public static EngagementType ofOrdinal(int ordinal) {
    if (ordinal < 0 || ordinal >= VALUES.length) {
      throw new IllegalArgumentException("engagement type ordinal must be in [0, "
          + VALUES.length + "), was " + ordinal);
    }
    return VALUES[ordinal];
  }

  /** Whether this kind spreads the content to the engager's audience (reshare or quote). */
  public boolean amplifies() {
    return this == RESHARE || this == QUOTE;
  }

  /** Whether this kind is a conversation (reply). */
  public boolean converses() {
    return this == REPLY;
  }
}
