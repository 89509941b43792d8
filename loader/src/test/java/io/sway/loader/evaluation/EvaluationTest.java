package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.T;
import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.InteractionType;
import io.sway.loader.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

/** An evaluation on a hand-built log, without Neo4j. */
class EvaluationTest {
  private static final int HORIZON = EvaluationConfig.HORIZON_DAYS_DEFAULT;

  /** Four accounts active from T − 20 to T + 7; 0 and 1 are a pod, 3 is spam. */
  private static ActivityLog log() {
    ActivityLog.Builder log = ActivityLog.builder(ids(4));
    for (int d = -20; d <= HORIZON; d++) {
      log.addPost(0, day(d));
      log.addEngagement(1, 0, InteractionType.RESHARE, day(d));
      log.addEngagement(0, 1, InteractionType.RESHARE, day(d));
      log.addEngagement(2, 0, InteractionType.LIKE, day(d));
      log.addEngagement(3, 2, InteractionType.LIKE, day(d));
    }
    return log.build();
  }

  private static GroundTruth truth() {
    return GroundTruth.builder(4)
        .podMember(0, "pod1", day(-10))
        .podMember(1, "pod1", day(-10))
        .spam(3)
        .build();
  }

  @Test
  void theDefaultDayLeavesTheHorizonInsideTheData() {
    assertEquals(T, Evaluation.defaultAsOf(log(), HORIZON));
    EvaluationReport report = new Evaluation(log(), truth(),
        new EngagementRankScorer(log(), ScoringOptions.defaults()), EvaluationConfig.defaults())
        .run(null);
    assertEquals(T.toString(), report.asOf());
    assertNull(report.spamDetection().rocAuc());
    assertEquals(3, report.predictiveValidity().accounts());
    assertEquals(2, report.pods().members());
    assertEquals(2, report.pods().gain().count());
    assertEquals(2 * (10 + 1), report.pods().engagementsRemoved(), "both ways, T - 10 to T");
    assertTrue(report.daysScored() >= 3, "T, T - 1 and T without the pod");
  }

  @Test
  void dayTMustHaveADayOfDataBeforeIt() {
    ActivityLog log = log();
    Evaluation evaluation = new Evaluation(log, truth(),
        new EngagementRankScorer(log, ScoringOptions.defaults()), EvaluationConfig.defaults());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> evaluation.run(T.minusDays(20)));
    assertTrue(e.getMessage().contains("at least " + T.minusDays(19)), e.getMessage());
  }

  @Test
  void labelsAndScorerMustDescribeTheLogsAccounts() {
    ActivityLog log = log();
    assertThrows(IllegalArgumentException.class, () -> new Evaluation(log,
        GroundTruth.builder(3).build(), new EngagementRankScorer(log, ScoringOptions.defaults()),
        EvaluationConfig.defaults()));
    ActivityLog other = ActivityLog.builder(ids(5)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Evaluation(log, truth(),
            new EngagementRankScorer(other, ScoringOptions.defaults()),
            EvaluationConfig.defaults()));
    assertTrue(e.getMessage().contains("number the accounts as the log does"), e.getMessage());
  }

  @Test
  void theScorerComputesEachDayOnce() {
    EngagementRankScorer scorer = new EngagementRankScorer(log(), ScoringOptions.defaults());
    DayScores first = scorer.scoresOn(T);
    assertSame(first, scorer.scoresOn(T));
    scorer.scoresOn(T.minusDays(1));
    assertEquals(2, scorer.daysComputed());
    assertTrue(first.score(0) > first.score(3), "the most engaged-with account outscores spam");
    assertTrue(first.score(3) >= 1, "3 likes others: active, so scored at least 1");
  }

  @Test
  void badSettingsAreRejectedWithTheirValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvaluationConfig.defaults().withMaxPauseDays(1));
    assertEquals("maxPauseDays must be >= 2, was 1", e.getMessage());
  }
}
