package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.MENTION;
import static io.sway.engine.model.EngagementType.REPLY;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrueReachTest {
  /** Reach is a short sum of exact type weights. */
  private static final double EXACT = 1e-12;

  private static ReachResult reach(Activity activity, EngagerTrust trust) {
    EngagementGraph graph = Windows.graph(activity, trust);
    return new TrueReach(graph, Windows.circles(graph)).compute();
  }

  private static ReachResult reach(Activity activity) {
    return reach(activity, EngagerTrust.everyone(activity.accountCount()));
  }

  @Test
  void boughtFollowersDoNotRaiseTrueReach() {
    ActivityBuilder b = Windows.builder();
    int client = Windows.account(b);
    int twin = Windows.account(b);
    int[] fans = Windows.accounts(b, 3);
    int[] bought = Windows.accounts(b, 200);
    int clientPost = b.addPost(client, at(1, 0), -1);
    int twinPost = b.addPost(twin, at(1, 0), -1);
    for (int fan : fans) {
      b.addPostEvent(fan, RESHARE, clientPost, at(1, 10));
      b.addPostEvent(fan, RESHARE, twinPost, at(1, 10));
    }
    for (int follower : bought) {
      b.addFollow(follower, client);
    }
    Activity activity = b.build();

    ReachResult result = reach(activity);
    ModelResult model =
        new InfluenceModel(ModelConfig.defaults())
            .run(activity, EngagerTrust.everyone(activity.accountCount()));

    assertEquals(3.0, result.reach(client), EXACT);
    assertEquals(result.reach(twin), result.reach(client), EXACT);
    assertEquals(model.score(twin), model.score(client), EXACT);
  }

  @Test
  void repeatedReactionsFromOneAccountCountOnce() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int liked = Windows.account(b);
    int fan = Windows.account(b);
    for (int day = 0; day < 10; day++) {
      int post = b.addPost(author, at(day, 0), -1);
      b.addPostEvent(fan, LIKE, post, at(day, 5));
      b.addPostEvent(fan, LIKE, post, at(day, 6));
      int other = b.addPost(liked, at(day, 0), -1);
      b.addPostEvent(fan, LIKE, other, at(day, 5));
    }
    b.addPostEvent(fan, RESHARE, 0, at(0, 7));
    b.addAccountEvent(fan, MENTION, author, at(3, 0));

    ReachResult result = reach(b.build());

    assertEquals(EngagementTypeWeights.RESHARE_DEFAULT, result.reach(author), EXACT);
    assertEquals(1, result.engagers()[author]);
    assertEquals(EngagementTypeWeights.LIKE_DEFAULT, result.reach(liked), EXACT);
  }

  @Test
  void excludedEngagersAddNothingAndSuspectOnesLess() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int genuine = Windows.account(b);
    int spam = Windows.account(b);
    int suspect = Windows.account(b);
    int post = b.addPost(author, at(0, 0), -1);
    b.addPostEvent(genuine, REPLY, post, at(0, 1));
    b.addPostEvent(spam, RESHARE, post, at(0, 2));
    b.addPostEvent(suspect, RESHARE, post, at(0, 3));
    Activity activity = b.build();
    double[] spamProbability = {0.0, 0.0, 0.9, 0.25};

    ReachResult result =
        reach(activity, EngagerTrust.of(Windows.excluded(4, spam), spamProbability));

    assertEquals(0.8 + 0.75, result.reach(author), EXACT);
    assertEquals(2, result.engagers()[author]);
    assertEquals(0.8 + 0.75, result.postEngagement()[post], EXACT);
    assertEquals(2, result.postEngagers()[post]);
  }

  @Test
  void engagementAmongOnePersonsAccountsIsIgnored() {
    ActivityBuilder b = Windows.builder();
    int main = b.addAccount(Windows.START, false, "x", 0);
    int sockpuppet = b.addAccount(Windows.START, false, "y", 0);
    int stranger = Windows.account(b);
    int post = b.addPost(main, at(0, 0), -1);
    b.addPostEvent(sockpuppet, RESHARE, post, at(0, 1));
    b.addPostEvent(stranger, LIKE, post, at(0, 2));

    ReachResult result = reach(b.build());

    assertEquals(EngagementTypeWeights.LIKE_DEFAULT, result.reach(main), EXACT);
  }

  @Test
  void postEngagementCountsEachEngagerOnceAtItsStrongestKind() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int[] fans = Windows.accounts(b, 2);
    int post = b.addPost(author, at(0, 0), -1);
    int quiet = b.addPost(author, at(0, 0), -1);
    b.addPostEvent(fans[0], LIKE, post, at(0, 1));
    b.addPostEvent(fans[0], REPLY, post, at(0, 2));
    b.addPostEvent(fans[0], LIKE, post, at(0, 3));
    b.addPostEvent(fans[1], LIKE, post, at(0, 4));

    ReachResult result = reach(b.build());

    assertEquals(0.8 + 0.3, result.postEngagement()[post], EXACT);
    assertEquals(2, result.postEngagers()[post]);
    assertEquals(0.0, result.postEngagement()[quiet]);
  }

  @Test
  void trustMustCoverEveryAccount() {
    ActivityBuilder b = Windows.builder();
    Windows.accounts(b, 3);
    Activity activity = b.build();

    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EngagementGraph.of(
                activity, EngagerTrust.everyone(2), EngagementTypeWeights.defaults()));

    assertEquals("trust must cover 3 accounts, covered 2", e.getMessage());
  }
}
