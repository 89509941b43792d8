package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.day;
import static io.sway.loader.evaluation.Days.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.InteractionType;
import org.junit.jupiter.api.Test;

class ActivityLogTest {
  @Test
  void engagementsAndPostsAreSortedByDayKeepingTheOrderOfOneDay() {
    ActivityLog log = ActivityLog.builder(ids(4))
        .addEngagement(0, 1, InteractionType.LIKE, day(3))
        .addEngagement(1, 2, InteractionType.RESHARE, day(-2))
        .addEngagement(2, 3, InteractionType.REPLY, day(3))
        .addEngagement(3, 0, InteractionType.MENTION, day(0))
        .addPost(2, day(5))
        .addPost(1, day(-5))
        .build();
    assertEquals(day(-2), log.engagementDay(0));
    assertEquals(InteractionType.RESHARE, log.engagementType(0));
    assertEquals(3, log.engagementActor(1));
    assertEquals(0, log.engagementActor(2));
    assertEquals(2, log.engagementActor(3));
    assertEquals(1, log.postAuthor(0));
    assertEquals(day(-5), log.firstActivityDay());
    assertEquals(day(5), log.lastActivityDay());
    assertEquals(2, log.firstEngagementOn(day(1)));
    assertEquals(4, log.firstEngagementOn(day(4)));
    assertEquals(0, log.firstEngagementOn(day(-10)));
  }

  @Test
  void anEmptyLogHasNoActivityDays() {
    ActivityLog log = ActivityLog.builder(ids(2)).addFollow(0, 1, ActivityLog.NO_DAY).build();
    assertEquals(ActivityLog.NO_DAY, log.firstActivityDay());
    assertEquals(ActivityLog.NO_DAY, log.lastActivityDay());
    assertEquals(1, log.followCount());
  }

  @Test
  void removingEngagementsKeepsTheRestInOrderAndSharesPostsAndFollows() {
    ActivityLog log = ActivityLog.builder(ids(3))
        .addEngagement(0, 1, InteractionType.LIKE, day(0))
        .addEngagement(1, 2, InteractionType.LIKE, day(1))
        .addEngagement(2, 0, InteractionType.LIKE, day(2))
        .addPost(0, day(0))
        .addFollow(0, 2, day(-1))
        .build();
    ActivityLog without = log.withoutEngagements((actor, target, day) -> actor == 1);
    assertEquals(2, without.engagementCount());
    assertEquals(0, without.engagementActor(0));
    assertEquals(2, without.engagementActor(1));
    assertEquals(1, without.postCount());
    assertEquals(1, without.followCount());
    assertEquals(3, log.engagementCount());
  }

  @Test
  void entriesNamingUnknownAccountsAreRejected() {
    ActivityLog.Builder builder = ActivityLog.builder(ids(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.addEngagement(0, 7, InteractionType.LIKE, day(0)));
    assertTrue(e.getMessage().contains("target must be an account in [0, 2), was 7"),
        e.getMessage());
  }
}
