package io.sway.loader.dataset;

import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Checks that both ends of every follow are known accounts, and sets aside self-follows and
 * repeated (follower, followee) pairs; the first row of a pair is kept, whatever its {@code since}.
 * Remembers one {@code long} per distinct pair.
 */
final class FollowsCheck implements RowCheck<Rows.Follow> {
  private final IdIndex accounts;
  private final LongHashSet pairs = new LongHashSet();

  FollowsCheck(IdIndex accounts) {
    this.accounts = accounts;
  }

  @Override
  public void check(Rows.Follow follow, boolean decoded, FileScan scan) {
    long line = follow.line();
    int follower =
        scan.reference(accounts, "account", follow.followerId(), line, Field.FOLLOWER_ID);
    int followee =
        scan.reference(accounts, "account", follow.followeeId(), line, Field.FOLLOWEE_ID);
    if (!decoded || follower == IdIndex.ABSENT || followee == IdIndex.ABSENT) {
      return;
    }
    if (follower == followee) {
      scan.warn(
          WarningKind.SELF_FOLLOW, line, Problems.quote(follow.followerId()) + " follows itself");
    } else if (!pairs.add(((long) follower << Integer.SIZE) | followee)) {
      scan.warn(
          WarningKind.DUPLICATE_FOLLOW,
          line,
          Problems.quote(follow.followerId())
              + " already follows "
              + Problems.quote(follow.followeeId())
              + " on an earlier line");
    }
  }
}
