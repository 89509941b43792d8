package io.sway.engine.spam;

import static io.sway.engine.spam.SmallNetwork.AS_OF;
import static io.sway.engine.spam.SmallNetwork.DAY;
import static io.sway.engine.spam.SmallNetwork.WINDOW_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamDetectorTest {
  private static final int COMMUNITY = 30;

  /** Flagged accounts sit far above the threshold, genuine ones far below: no borderline calls. */
  private static final double CLEARLY_SPAM = 0.9;

  private static final double CLEARLY_GENUINE = 0.1;

  @Test
  void spamFarmIsFlagged() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    int[] farm = network.farm(10, community[7]);

    SpamResult result = new SpamDetector(network.build()).compute();

    for (int account : farm) {
      assertTrue(result.flagged()[account], result.reason()[account]);
      assertTrue(result.probability()[account] > CLEARLY_SPAM, result.reason()[account]);
      assertTrue(result.reason()[account].startsWith("spam"), result.reason()[account]);
    }
    for (int account : community) {
      assertFalse(result.flagged()[account], result.reason()[account]);
    }
  }

  @Test
  void farmReasonNamesItsTrustAndItsCreationCohort() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    int[] farm = network.farm(10, community[7]);

    SpamResult result = new SpamDetector(network.build()).compute();

    // 9 farm-mates followed, 9 following, and the target: 18 of 19 ties in its cohort
    assertEquals(
        "spam (p=1.00): 18 of its 19 follow ties are with accounts created within 24 hours of it;"
            + " no trusted follower among its 9 followers",
        result.reason()[farm[0]]);
  }

  @Test
  void organicAccountWithTrustedFollowersIsNotFlagged() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);

    SpamResult result = new SpamDetector(network.build()).compute();

    for (int account : community) {
      assertFalse(result.flagged()[account]);
      assertTrue(result.probability()[account] < CLEARLY_GENUINE, result.reason()[account]);
      assertTrue(result.reason()[account].startsWith("not spam"), result.reason()[account]);
    }
  }

  @Test
  void boughtFollowersAreFlaggedWhileTheBuyerIsNot() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    int buyer = community[22];
    int[] fakes = network.boughtFollowers(40, buyer);

    SpamResult result = new SpamDetector(network.build()).compute();

    for (int fake : fakes) {
      assertTrue(result.flagged()[fake], result.reason()[fake]);
      assertTrue(result.probability()[fake] > CLEARLY_SPAM, result.reason()[fake]);
    }
    assertFalse(result.flagged()[buyer], result.reason()[buyer]);
    assertTrue(result.probability()[buyer] < CLEARLY_GENUINE, result.reason()[buyer]);
  }

  @Test
  void aFarmThatLinksMoreDenselyAmongItselfStaysFlagged() {
    SmallNetwork sparse = new SmallNetwork();
    int[] community = sparse.community(COMMUNITY, 0, 15);
    int[] farm = new int[8];
    for (int i = 0; i < farm.length; i++) {
      farm[i] = sparse.builder.addAccount(AS_OF - 30 * DAY + i * 60, false, "twitter", -1);
    }
    // a ring, tied once to the community both ways: one attack edge
    for (int i = 0; i < farm.length; i++) {
      sparse.builder.addFollow(farm[i], farm[(i + 1) % farm.length]);
      sparse.builder.addFollow(farm[(i + 1) % farm.length], farm[i]);
    }
    sparse.builder.addFollow(farm[0], community[3]).addFollow(community[3], farm[0]);
    Activity ring = sparse.build();

    ActivityBuilder dense = copyOf(ring);
    for (int i = 0; i < farm.length; i++) {
      for (int j = 0; j < farm.length; j++) {
        if (i != j) {
          dense.addFollow(farm[i], farm[j]);
        }
      }
    }

    SpamResult before = new SpamDetector(ring).compute();
    SpamResult after = new SpamDetector(dense.build()).compute();

    for (int account : farm) {
      assertTrue(before.flagged()[account], before.reason()[account]);
      assertTrue(after.flagged()[account], after.reason()[account]);
    }
    assertFalse(after.flagged()[community[3]], after.reason()[community[3]]);
  }

  @Test
  void inactiveAccountsPostedAndEngagedWithNoOneInTheWindow() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int poster = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    int liker = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    int follower = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    int idle = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    int post = builder.addPost(poster, WINDOW_START + DAY, -1);
    builder.addPostEvent(liker, EngagementType.LIKE, post, WINDOW_START + 2 * DAY);
    builder.addFollow(follower, poster);

    SpamResult result = new SpamDetector(builder.build()).compute();

    assertFalse(result.inactive()[poster]);
    assertFalse(result.inactive()[liker]);
    assertTrue(result.inactive()[follower], "a follow is not dated, so it is not activity");
    assertTrue(result.inactive()[idle]);
    assertEquals(2, result.inactiveCount());
  }

  @Test
  void inactivityDaysLookOnlyAtTheEndOfTheWindow() {
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int early = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    int late = builder.addAccount(AS_OF - 500 * DAY, false, "twitter", -1);
    builder.addPost(early, AS_OF - 60 * DAY, -1);
    builder.addPost(late, AS_OF - 10 * DAY, -1);
    Activity activity = builder.build();

    SpamResult wholeWindow = new SpamDetector(activity).compute();
    SpamResult lastMonth =
        new SpamDetector(activity, SpamConfig.defaults().withInactivityDays(30)).compute();

    assertFalse(wholeWindow.inactive()[early]);
    assertTrue(lastMonth.inactive()[early]);
    assertFalse(lastMonth.inactive()[late]);
  }

  @Test
  void resultIsDeterministic() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    network.farm(10, community[7]);
    network.boughtFollowers(20, community[22]);
    Activity activity = network.build();

    assertEquals(new SpamDetector(activity).compute(), new SpamDetector(activity).compute());
  }

  @Test
  void resultSaysHowItWasObtained() {
    SmallNetwork network = new SmallNetwork();
    network.community(COMMUNITY, 0, 15);

    SpamResult result = new SpamDetector(network.build()).compute();

    assertEquals(5, result.rounds()); // ⌈log2 30⌉
    assertEquals(2, result.trust().seeds());
    assertEquals(2, result.seeds().verified());
    assertEquals(
        "SybilRank trust, 5 rounds from 2 seeds (2 verified), threshold 0.5", result.provenance());
  }

  @Test
  void configuredSeedsReplaceMissingVerifiedOnes() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY);
    int[] farm = network.farm(10, community[7]);

    SpamResult result =
        new SpamDetector(network.build(), SpamConfig.defaults(), new int[] {community[4]})
            .compute();

    assertEquals(1, result.seeds().configured());
    assertEquals(0, result.seeds().automatic());
    for (int account : farm) {
      assertTrue(result.flagged()[account], result.reason()[account]);
    }
    for (int account : community) {
      assertFalse(result.flagged()[account], result.reason()[account]);
    }
  }

  @Test
  void withoutVerifiedOrConfiguredSeedsTheFarmIsStillFlagged() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY);
    int[] farm = network.farm(10, community[7]);

    SpamResult result = new SpamDetector(network.build()).compute();

    assertTrue(result.seeds().automatic() > 0);
    for (int seed : result.seeds().accounts()) {
      assertTrue(seed < COMMUNITY, "a farm account was chosen as a seed: " + seed);
    }
    for (int account : farm) {
      assertTrue(result.flagged()[account], result.reason()[account]);
    }
  }

  @Test
  void aNetworkWithoutAUsableSeedIsJudgedByFeaturesAlone() {
    // a genuine circle of accounts all younger than the automatic seed minimum age
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int size = 12;
    for (int i = 0; i < size; i++) {
      int account = builder.addAccount(AS_OF - (100 + 5 * i) * DAY, false, "bluesky", -1);
      builder.addPost(account, WINDOW_START + (i + 1) * DAY, -1);
    }
    for (int i = 0; i < size; i++) {
      builder.addFollow(i, (i + 1) % size).addFollow((i + 1) % size, i);
    }

    SpamResult result = new SpamDetector(builder.build()).compute();

    assertEquals(List.of("bluesky"), result.seeds().unseededNetworks());
    assertEquals("none in bluesky", result.seeds().description());
    for (int v = 0; v < size; v++) {
      assertFalse(result.flagged()[v], result.reason()[v]);
    }
  }

  @Test
  void thresholdDecidesTheFlag() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    network.boughtFollowers(5, community[22]);
    Activity activity = network.build();

    SpamResult result = new SpamDetector(activity).compute();
    SpamResult strict =
        new SpamDetector(activity, SpamConfig.defaults().withThreshold(0.999)).compute();

    for (int v = 0; v < activity.accountCount(); v++) {
      assertEquals(result.probability()[v] >= 0.5, result.flagged()[v]);
      assertEquals(result.probability()[v] >= 0.999, strict.flagged()[v]);
    }
  }

  @Test
  void probabilitiesAreInTheUnitInterval() {
    SmallNetwork network = new SmallNetwork();
    int[] community = network.community(COMMUNITY, 0, 15);
    network.farm(10, community[7]);
    network.boughtFollowers(20, community[22]);

    SpamResult result = new SpamDetector(network.build()).compute();

    for (double p : result.probability()) {
      assertTrue(p >= 0.0 && p <= 1.0, "probability " + p);
    }
  }

  @Test
  void emptyActivityGivesAnEmptyResult() {
    Activity empty = new ActivityBuilder(WINDOW_START, AS_OF).build();

    SpamResult result = new SpamDetector(empty).compute();

    assertEquals(0, result.accountCount());
    assertEquals(0, result.rounds());
    assertEquals("no seeds", result.seeds().description());
  }

  @Test
  void configuredSeedOutsideTheAccountsIsRejected() {
    Activity activity = new SmallNetwork().build();

    var e = assertThrows(IllegalArgumentException.class,
        () -> new SpamDetector(activity, SpamConfig.defaults(), new int[] {3}).compute());

    assertEquals("configured seed must be an account in [0, 0), was 3", e.getMessage());
  }

  /** A builder holding the accounts, follows, posts and events of {@code activity}. */
  private static ActivityBuilder copyOf(Activity activity) {
    ActivityBuilder copy = new ActivityBuilder(activity.windowStart(), activity.asOf());
    for (int v = 0; v < activity.accountCount(); v++) {
      copy.addAccount(activity.createdAt()[v], activity.verified()[v],
          activity.networks().get(activity.network()[v]), activity.person()[v]);
    }
    for (int v = 0; v < activity.accountCount(); v++) {
      for (int i = 0; i < activity.follows().outDegree(v); i++) {
        copy.addFollow(v, activity.follows().outNeighbour(v, i));
      }
    }
    for (int p = 0; p < activity.postCount(); p++) {
      copy.addPost(
          activity.postAuthor()[p], activity.postCreatedAt()[p], activity.postReplyTo()[p]);
    }
    for (int e = 0; e < activity.eventCount(); e++) {
      if (activity.eventPost()[e] >= 0) {
        copy.addPostEvent(activity.eventActor()[e], activity.type(e), activity.eventPost()[e],
            activity.eventAt()[e]);
      } else {
        copy.addAccountEvent(activity.eventActor()[e], activity.type(e), activity.eventTarget()[e],
            activity.eventAt()[e]);
      }
    }
    return copy;
  }
}
