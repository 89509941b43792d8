package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.T;
import static io.sway.loader.evaluation.Days.T_DAY;
import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static io.sway.loader.evaluation.RocAucTest.bits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.InteractionType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each figure of an evaluation on hand-built scores and labels. */
class MetricSectionsTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void spamFiguresAreNotAvailableWhenTheScorerHasNoSpamModel() {
    GroundTruth truth = GroundTruth.builder(3).spam(2).build();
    SpamDetection.Result result =
        SpamDetection.evaluate(DayScores.scoresOnly(T, new int[] {10, 20, 30}), truth);
    assertNull(result.rocAuc());
    assertNull(result.precision());
    assertNull(result.recall());
    assertNull(result.flagged());
    assertEquals(3, result.accounts());
    assertEquals(1, result.spamAccounts());
    assertTrue(result.note().startsWith("not available"), result.note());
  }

  @Test
  void spamFiguresAreComputedWhenTheScorerGivesProbabilitiesAndFlags() {
    GroundTruth truth = GroundTruth.builder(4).spam(2).spam(3).build();
    DayScores day = new DayScores(
        T, new int[] {1, 1, 1, 1}, new double[] {0.1, 0.6, 0.5, 0.9}, bits(1, 3));
    SpamDetection.Result result = SpamDetection.evaluate(day, truth);
    assertEquals(0.75, result.rocAuc(), TOLERANCE);
    assertEquals(2, result.flagged());
    assertEquals(1, result.flaggedSpam());
    assertEquals(0.5, result.precision(), TOLERANCE);
    assertEquals(0.5, result.recall(), TOLERANCE);
    assertNull(result.note());
  }

  @Test
  void boughtFollowersGainIsTheBuyersScoreMinusItsTwinsForPurchasesMadeByT() {
    GroundTruth truth = GroundTruth.builder(6)
        .buyer(0, 1, 500, day(-30))
        .buyer(2, 3, 700, day(-1))
        .buyer(4, 5, 900, day(1))
        .build();
    DayScores scores = DayScores.scoresOnly(T, new int[] {40, 35, 20, 22, 90, 10});
    int[] followers = {600, 100, 710, 10, 0, 0};
    BoughtFollowerGain.Result result =
        BoughtFollowerGain.evaluate(scores, truth, ids(6), followers);
    assertEquals(2, result.pairs());
    assertEquals(1, result.pairsBoughtLater());
    assertEquals(1.5, result.gain().mean(), TOLERANCE);
    assertEquals(5.0, result.gain().max());
    assertEquals(500.0, result.boughtCount().min());
    assertEquals(700.0, result.boughtCount().max());
    assertEquals("a2", result.detail().get(1).buyer());
    assertEquals(-2, result.detail().get(1).gain());
    assertEquals(710, result.detail().get(1).buyerFollowers());
  }

  @Test
  void podGainComparesEachMemberWithTheSameScorerOnTheLogWithoutThePod() {
    ActivityLog log = ActivityLog.builder(ids(4))
        .addEngagement(0, 1, InteractionType.RESHARE, day(-2))
        .addEngagement(1, 0, InteractionType.RESHARE, day(-2))
        .addEngagement(3, 0, InteractionType.LIKE, day(-2))
        .build();
    GroundTruth truth = GroundTruth.builder(4)
        .podMember(0, "pod1", day(-5))
        .podMember(1, "pod1", day(-5))
        .podMember(2, "pod2", day(3))
        .build();
    PodGain.Result result = PodGain.evaluate(T, 10, log, truth, new ReceivedCountScorer(log));

    assertEquals(1, result.pods());
    assertEquals(1, result.podsFormedLater());
    assertEquals(2, result.members());
    assertEquals(2, result.engagementsRemoved());
    assertEquals(1.0, result.gain().mean(), TOLERANCE);
    assertEquals(1.0, result.gain().max());
  }

  @Test
  void distinctEngagersCountEachGenuineAccountOnceAndOnlyInsideTheHorizon() {
    ActivityLog log = ActivityLog.builder(ids(5))
        .addEngagement(1, 0, InteractionType.LIKE, day(1))
        .addEngagement(1, 0, InteractionType.RESHARE, day(2)) // same engager again
        .addEngagement(2, 0, InteractionType.LIKE, day(7))
        .addEngagement(3, 0, InteractionType.LIKE, day(3)) // spam engager
        .addEngagement(0, 0, InteractionType.LIKE, day(3)) // itself
        .addEngagement(4, 0, InteractionType.LIKE, day(0)) // on T: before the horizon
        .addEngagement(4, 0, InteractionType.LIKE, day(8)) // after the horizon
        .addEngagement(0, 1, InteractionType.MENTION, day(4))
        .build();
    GroundTruth truth = GroundTruth.builder(5).spam(3).build();
    assertArrayEquals(new int[] {2, 1, 0, 0, 0},
        PredictiveValidity.distinctGenuineEngagers(log, truth, day(1), day(7)));
  }

  @Test
  void pauseDropComparesTheDayBeforeThePauseWithItsLastDay() {
    LocalDate start = T.minusDays(10);
    LocalDate end = start.plusDays(7);
    GroundTruth truth = GroundTruth.builder(3)
        .pause(0, (int) start.toEpochDay(), (int) end.toEpochDay())
        .pause(1, (int) start.toEpochDay(), (int) end.toEpochDay())
        .build();
    StubScorer scorer = new StubScorer(ids(3))
        .on(start.minusDays(1), 50, 30, 99)
        .on(end.minusDays(1), 41, 31, 1);

    Stability.PauseResult result =
        Stability.pauseDrop(scorer, truth, day(-100), T_DAY, 10);

    assertEquals(List.of(start.minusDays(1), end.minusDays(1)), scorer.asked);
    assertEquals(2, result.accounts());
    assertEquals(1, result.pauses());
    assertEquals(2, result.daysScored());
    assertEquals(4.0, result.drop().mean(), TOLERANCE);
    assertEquals(9.0, result.drop().max());
    assertEquals(-1.0, result.drop().min());
  }

  @Test
  void pausesOutsideTheDataAreNotEligible() {
    GroundTruth truth = GroundTruth.builder(2)
        .pause(0, day(-3), day(4)) // last paused day T+3 is after the data's last day
        .pause(1, day(-50), day(-43)) // the day before starts before the data
        .build();
    Stability.PauseResult result =
        Stability.pauseDrop(new StubScorer(ids(2)), truth, day(-50), day(2), 10);
    assertEquals(2, result.pausedAccounts());
    assertEquals(0, result.eligibleAccounts());
    assertEquals(0, result.drop().count());
    assertNull(result.drop().mean());
  }

  @Test
  void aDayCapKeepsTheMostPausesThatFitSpreadEvenlyOverTime() {
    List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertEquals(List.of(0, 3, 6, 9), Stability.spreadEvenly(items, 4));
    assertEquals(items, Stability.spreadEvenly(items, 20));

    // pauses of a week starting on days 10, 11, ..., 19: each needs its own two days
    List<Long> pauses = new java.util.ArrayList<>();
    for (int start = 10; start < 20; start++) {
      pauses.add(((long) start << Integer.SIZE) | (start + 7));
    }
    List<Long> chosen = Stability.mostThatFit(pauses, 7);
    assertEquals(3, chosen.size());
    assertEquals(pauses.get(0), chosen.get(0));
    assertEquals(pauses.get(9), chosen.get(2));
    assertNotNull(Stability.mostThatFit(pauses, 100));
    assertEquals(10, Stability.mostThatFit(pauses, 100).size());
  }

  @Test
  void quietDayChangeIsMeasuredOverQuietAccountsOnly() {
    ActivityLog log = ActivityLog.builder(ids(3))
        .addPost(0, day(-3))
        .addPost(1, day(-3))
        .addPost(2, day(-3))
        .addPost(2, day(0))
        .build();
    StubScorer scorer = new StubScorer(ids(3))
        .on(T.minusDays(1), 30, 20, 10)
        .on(T, 33, 0, 60);
    Stability.QuietDayResult result =
        Stability.quietDay(scorer, log, GroundTruth.builder(3).build(), T, 30);
    assertEquals(2, result.accounts());
    assertEquals(2, result.changed());
    assertEquals(1, result.fellToZero());
    assertEquals(11.5, result.absoluteChange().mean(), TOLERANCE);
    assertEquals(20.0, result.absoluteChange().max());
  }

  /** A stand-in model: an account's score is the number of engagements it received, ever. */
  private record ReceivedCountScorer(ActivityLog log) implements DailyScorer {
    @Override
    public List<String> accountIds() {
      return log.accountIds();
    }

    @Override
    public DayScores scoresOn(LocalDate day) {
      int[] received = new int[log.accountCount()];
      for (int e = 0; e < log.engagementCount(); e++) {
        received[log.engagementTarget(e)]++;
      }
      return DayScores.scoresOnly(day, received);
    }

    @Override
    public String description() {
      return "engagements received";
    }

    @Override
    public DailyScorer withoutEngagements(EngagementFilter removed) {
      return new ReceivedCountScorer(log.withoutEngagements(removed));
    }
  }
}
