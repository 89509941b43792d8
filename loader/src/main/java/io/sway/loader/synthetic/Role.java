package io.sway.loader.synthetic;

import java.util.Locale;

/**
 * What an account really is, as {@code truth.csv} states it in its {@code role} column. Every
 * account has exactly one role; the other truth columns add what a role alone cannot say (a
 * genuine account may have bought followers, be boosted by a farm or own sockpuppets).
 */
public enum Role {
  /** A genuine account of an ordinary person or organisation. */
  ORGANIC(false),
  /** A genuine account among the most popular of the population; verified. */
  CELEBRITY(false),
  /** A member of a spam farm: automated, created in a burst with its farm-mates. */
  SPAM(true),
  /** A fake account sold as a follower; follows its buyers and almost nothing else. */
  BOUGHT_FOLLOWER(true),
  /** A genuine account in an engagement pod: it likes and reshares every post of its pod-mates. */
  POD_MEMBER(false),
  /**
   * A pseudonymous account run by a real person who also owns a genuine account; it amplifies
   * that account and its sibling sockpuppets. Not automated, so not spam, but its engagement with
   * its owner's accounts is not genuine audience.
   */
  SOCKPUPPET(false),
  /** A genuine account that stops all activity from a day of the window on. */
  INACTIVE(false),
  /** A genuine account that pauses all activity for a few days, then resumes. */
  PAUSED(false);

  private static final Role[] VALUES = values();

  private final boolean spam;

  Role(boolean spam) {
    this.spam = spam;
  }

  /** The value of the {@code role} column, e.g. {@code bought_follower}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the account is fake or automated: the {@code is_spam} column. */
  public boolean isSpam() {
    return spam;
  }

  static Role of(int ordinal) {
    return VALUES[ordinal];
  }
}
