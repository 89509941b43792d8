package io.sway.loader.evaluation;

import java.util.BitSet;

/**
 * The accounts for which nothing happened on a day: those with a score the day before (they
 * posted, or engaged with someone else, in the window ending the day before) that on the day
 * itself posted nothing and gave or received no interaction, and were neither inside a pause nor
 * going inactive from that day. Their score may still move, since the rest of the graph moves and
 * the window slides; how much it moves is the stability measured.
 */
final class QuietAccounts {
  private QuietAccounts() {}

  static BitSet on(ActivityLog log, GroundTruth truth, int day, int windowDays) {
    int n = log.accountCount();
    BitSet activeBefore = new BitSet(n);
    int windowStart = day - 1 - windowDays;
    for (int e = log.firstEngagementOn(windowStart), end = log.firstEngagementOn(day);
        e < end;
        e++) {
      if (log.engagementActor(e) != log.engagementTarget(e)) {
        activeBefore.set(log.engagementActor(e));
      }
    }
    for (int p = log.firstPostOn(windowStart), end = log.firstPostOn(day); p < end; p++) {
      activeBefore.set(log.postAuthor(p));
    }

    BitSet busy = new BitSet(n);
    for (int e = log.firstEngagementOn(day), end = log.firstEngagementOn(day + 1); e < end; e++) {
      busy.set(log.engagementActor(e));
      busy.set(log.engagementTarget(e));
    }
    for (int p = log.firstPostOn(day), end = log.firstPostOn(day + 1); p < end; p++) {
      busy.set(log.postAuthor(p));
    }

    BitSet quiet = (BitSet) activeBefore.clone();
    quiet.andNot(busy);
    for (int a = quiet.nextSetBit(0); a >= 0; a = quiet.nextSetBit(a + 1)) {
      if (truth.isPausedOn(a, day) || truth.inactiveFrom(a) == day) {
        quiet.clear(a);
      }
    }
    return quiet;
  }
}
