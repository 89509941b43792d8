package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.loader.dataset.InteractionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodEngagementTest {
  private static final int SINCE = day(-10);

  @Test
  void onlyEngagementBetweenMatesOfOnePodSinceItFormedIsRemoved() {
    ActivityLog log = ActivityLog.builder(ids(5))
        .addEngagement(0, 1, InteractionType.RESHARE, day(-5)) // pod1 mates, after: removed
        .addEngagement(1, 2, InteractionType.LIKE, SINCE) // pod1 mates, on the day: removed
        .addEngagement(0, 1, InteractionType.LIKE, SINCE - 1) // before the pod: organic, kept
        .addEngagement(0, 3, InteractionType.LIKE, day(-5)) // pod1 to pod2: kept
        .addEngagement(4, 0, InteractionType.LIKE, day(-5)) // outsider to member: kept
        .addEngagement(2, 4, InteractionType.LIKE, day(-5)) // member to outsider: kept
        .build();
    GroundTruth truth = GroundTruth.builder(5)
        .podMember(0, "pod1", SINCE)
        .podMember(1, "pod1", SINCE)
        .podMember(2, "pod1", SINCE)
        .podMember(3, "pod2", SINCE)
        .build();

    ActivityLog organic = log.withoutEngagements(new PodEngagement(truth));

    List<String> kept = new ArrayList<>();
    for (int e = 0; e < organic.engagementCount(); e++) {
      kept.add(organic.engagementActor(e) + "->" + organic.engagementTarget(e) + "@"
          + (organic.engagementDay(e) - SINCE));
    }
    assertEquals(List.of("0->1@-1", "0->3@5", "4->0@5", "2->4@5"), kept);
  }
}
