package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.T_DAY;
import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static io.sway.loader.evaluation.RocAucTest.bits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.loader.dataset.InteractionType;
import org.junit.jupiter.api.Test;

class QuietAccountsTest {
  private static final int WINDOW = 30;

  @Test
  void onlyAccountsWithAScoreYesterdayAndNothingOfTheirOwnTodayAreQuiet() {
    ActivityLog log = ActivityLog.builder(ids(10))
        .addPost(0, day(-5)) // 0: posted earlier, nothing today: quiet
        .addPost(1, day(-5))
        .addPost(1, day(0)) // 1: posts today
        .addEngagement(2, 9, InteractionType.LIKE, day(-3)) // 2: engaged earlier: quiet
        .addPost(3, day(-4))
        .addEngagement(4, 3, InteractionType.LIKE, day(0)) // 3 receives today, 4 gives today
        .addPost(5, day(-2)) // 5: inside a pause today
        .addPost(6, day(-2)) // 6: inactive from today
        .addPost(7, day(-1 - WINDOW - 1)) // 7: its only activity is out of yesterday's window
        .addEngagement(8, 8, InteractionType.LIKE, day(-2)) // 8: only self-engagement: no score
        .build();
    GroundTruth truth = GroundTruth.builder(10)
        .pause(5, day(-1), day(6))
        .inactiveFrom(6, T_DAY)
        .build();
    assertEquals(bits(0, 2), QuietAccounts.on(log, truth, T_DAY, WINDOW));
  }

  @Test
  void accountsResumingFromAPauseOrInactiveSinceEarlierStayEligible() {
    ActivityLog log = ActivityLog.builder(ids(2))
        .addPost(0, day(-9))
        .addPost(1, day(-9))
        .build();
    GroundTruth truth = GroundTruth.builder(2)
        .pause(0, day(-7), day(0))
        .inactiveFrom(1, day(-8))
        .build();
    assertEquals(bits(0, 1), QuietAccounts.on(log, truth, T_DAY, WINDOW));
  }
}
