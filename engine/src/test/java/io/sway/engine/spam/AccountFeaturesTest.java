package io.sway.engine.spam;

import static io.sway.engine.spam.SmallNetwork.AS_OF;
import static io.sway.engine.spam.SmallNetwork.DAY;
import static io.sway.engine.spam.SmallNetwork.HOUR;
import static io.sway.engine.spam.SmallNetwork.WINDOW_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import org.junit.jupiter.api.Test;

class AccountFeaturesTest {

  @Test
  void cohortCountsFollowTiesWithAccountsCreatedWithinTheWindowOfEachOther() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    long burst = AS_OF - 30 * DAY;
    int a = builder.addAccount(burst, false, "twitter", -1);
    int b = builder.addAccount(burst + 3 * HOUR, false, "twitter", -1);
    int c = builder.addAccount(burst + 23 * HOUR, false, "twitter", -1);
    int old = builder.addAccount(AS_OF - 900 * DAY, false, "twitter", -1);
    builder.addFollow(a, b).addFollow(b, a).addFollow(a, c).addFollow(a, old).addFollow(old, b);

    AccountFeatures features = AccountFeatures.of(builder.build(), SpamConfig.defaults());

    // a: follows b, c, old; followed by b -> 3 of 4 ties in its 24-hour cohort
    assertEquals(3, features.cohortTies()[a]);
    assertEquals(4, features.followTies(a));
    assertEquals(0.75, features.cohortShare(a));
    // c was created 23 hours after a but 20 after b: one tie, with a
    assertEquals(1.0, features.cohortShare(c));
    assertEquals(0.0, features.cohortShare(old));
  }

  @Test
  void accountWithoutFollowTiesHasNoCohortShare() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int alone = builder.addAccount(AS_OF - DAY, false, "twitter", -1);

    AccountFeatures features = AccountFeatures.of(builder.build(), SpamConfig.defaults());

    assertEquals(0.0, features.cohortShare(alone));
  }

  @Test
  void activityCountsPostsAndEngagementGivenAndTheLatestOfThem() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int author = builder.addAccount(AS_OF - 400 * DAY, false, "twitter", -1);
    int fan = builder.addAccount(AS_OF - 400 * DAY, false, "twitter", -1);
    int lurker = builder.addAccount(AS_OF - 400 * DAY, false, "twitter", -1);
    int first = builder.addPost(author, WINDOW_START + DAY, -1);
    builder.addPost(author, WINDOW_START + 5 * DAY, -1);
    builder.addPostEvent(fan, EngagementType.LIKE, first, WINDOW_START + 2 * DAY);
    builder.addAccountEvent(fan, EngagementType.MENTION, author, WINDOW_START + 3 * DAY);
    Activity activity = builder.build();

    AccountFeatures features = AccountFeatures.of(activity, SpamConfig.defaults());

    assertEquals(2, features.posts()[author]);
    assertEquals(0, features.engagementGiven()[author]);
    assertEquals(WINDOW_START + 5 * DAY, features.lastActiveAt()[author]);
    assertEquals(2, features.engagementGiven()[fan]);
    assertEquals(WINDOW_START + 3 * DAY, features.lastActiveAt()[fan]);
    assertFalse(features.silent(author));
    assertFalse(features.silent(fan));
    assertTrue(features.silent(lurker));
    assertEquals(AccountFeatures.NEVER, features.lastActiveAt()[lurker]);
  }

  @Test
  void ageIsMeasuredAtTheEndOfTheWindowInDays() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int account = builder.addAccount(AS_OF - 36 * HOUR, false, "twitter", -1);
    int future = builder.addAccount(AS_OF + DAY, false, "twitter", -1);

    AccountFeatures features = AccountFeatures.of(builder.build(), SpamConfig.defaults());

    assertEquals(1.5, features.ageDays()[account]);
    assertEquals(0.0, features.ageDays()[future]);
  }

  @Test
  void followCountsAreDegrees() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    for (int i = 0; i < 3; i++) {
      builder.addAccount(AS_OF - 400 * DAY, false, "twitter", -1);
    }
    builder.addFollow(0, 1).addFollow(2, 1).addFollow(1, 0);

    AccountFeatures features = AccountFeatures.of(builder.build(), SpamConfig.defaults());

    assertEquals(2, features.followers()[1]);
    assertEquals(1, features.followees()[1]);
    assertEquals(0, features.followers()[2]);
  }
}
