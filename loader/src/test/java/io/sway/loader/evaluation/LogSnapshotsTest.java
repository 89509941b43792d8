package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.T;
import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.score.EngagementWeights;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.neo4j.EngagementSnapshot;
import io.sway.loader.scoring.ScoringWindow;
import org.junit.jupiter.api.Test;

class LogSnapshotsTest {
  private static final int WINDOW = 10;
  private static final double TOLERANCE = 1e-12;

  @Test
  void theWindowHoldsItsBothEndDaysWeighsByKindAndLeavesSelfEngagementOut() {
    ActivityLog log = ActivityLog.builder(ids(6))
        .addEngagement(0, 1, InteractionType.RESHARE, day(-WINDOW))
        .addEngagement(0, 1, InteractionType.LIKE, day(0))
        .addEngagement(2, 1, InteractionType.REPLY, day(-WINDOW - 1))
        .addEngagement(3, 1, InteractionType.MENTION, day(1))
        .addEngagement(4, 4, InteractionType.QUOTE, day(-1))
        .addPost(5, day(-3))
        .addPost(2, day(1))
        .build();
    EngagementSnapshot snapshot =
        LogSnapshots.engagement(log, T, WINDOW, EngagementWeights.defaults());

    GraphSnapshot graph = snapshot.graph();
    assertEquals(1, graph.edgeCount());
    int edge = graph.edgeId(0, 1);
    assertEquals(EngagementWeights.RESHARE_DEFAULT + EngagementWeights.LIKE_DEFAULT,
        graph.edgeWeight(edge), TOLERANCE);
    assertTrue(snapshot.isActive(0));
    assertTrue(snapshot.isActive(5));
    assertFalse(snapshot.isActive(1), "engaged with, but did nothing itself");
    assertFalse(snapshot.isActive(2), "its reply is a day too early, its post a day too late");
    assertFalse(snapshot.isActive(4), "self-engagement is not activity for the scorer");
    ScoringWindow window = ScoringWindow.asOf(T, WINDOW);
    assertEquals(window.from(), snapshot.from());
    assertEquals(window.to(), snapshot.to());
  }

  @Test
  void followsCountFromTheirDayAndUnknownDaysCountAlways() {
    ActivityLog log = ActivityLog.builder(ids(3))
        .addFollow(0, 2, day(0))
        .addFollow(1, 2, day(1))
        .addFollow(2, 0, ActivityLog.NO_DAY)
        .build();
    assertArrayEquals(new int[] {1, 0, 1}, LogSnapshots.followerCounts(log, T));
    GraphSnapshot follows = LogSnapshots.follows(log, T);
    assertEquals(2, follows.edgeCount());
    assertEquals(1.0, follows.edgeWeight(follows.edgeId(0, 2)), TOLERANCE);
    assertEquals(-1, follows.edgeId(1, 2));
  }
}
