package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.REPLY;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TopContributorsTest {
  private static final double EXACT = 1e-9;

  private static final ModelConfig CONVERGED =
      ModelConfig.defaults().withInfluence(new NetworkInfluenceConfig(0.85, 1_000, 1e-12));

  @Test
  void topEngagersAreTheLargestContributorsBestFirst() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int liker = Windows.account(b);
    int resharer = Windows.account(b);
    int replier = Windows.account(b);
    int otherLiker = Windows.account(b);
    int post = b.addPost(author, at(0, 0), -1);
    b.addPostEvent(liker, LIKE, post, at(0, 1));
    b.addPostEvent(resharer, RESHARE, post, at(0, 2));
    b.addPostEvent(replier, REPLY, post, at(0, 3));
    b.addPostEvent(otherLiker, LIKE, post, at(0, 4));
    Activity activity = b.build();

    ModelResult result =
        new InfluenceModel(CONVERGED.withExplanations(new ExplanationConfig(3, 1)))
            .run(activity, EngagerTrust.everyone(activity.accountCount()));

    Contributors top = result.contributors();
    int from = top.engagerOffsets()[author];
    assertEquals(3, top.engagerCount(author));
    assertArrayEquals(
        new int[] {resharer, replier, liker}, Arrays.copyOfRange(top.engagers(), from, from + 3));
    // each engager engages only the author: reach weight plus 0.85 of its unit of attention
    assertEquals(1.0 + 0.85, top.engagerWeights()[from], EXACT);
    assertEquals(0.3 + 0.85, top.engagerWeights()[from + 2], EXACT);
    assertEquals(1, top.postCount(author));
    assertEquals(post, top.posts()[top.postOffsets()[author]]);
    assertEquals(0, top.engagerCount(liker));
  }

  @Test
  void engagerContributionsSumToTheAudienceBeforeAmplification() {
    ActivityBuilder b = Windows.builder();
    int[] a = Windows.accounts(b, 6);
    int p0 = b.addPost(a[0], at(0, 0), -1);
    int p1 = b.addPost(a[1], at(0, 0), -1);
    b.addPostEvent(a[1], RESHARE, p0, at(0, 1));
    b.addPostEvent(a[2], LIKE, p0, at(0, 2));
    b.addPostEvent(a[2], RESHARE, p1, at(0, 3));
    b.addPostEvent(a[0], REPLY, p1, at(0, 4));
    b.addAccountEvent(a[3], LIKE, a[2], at(0, 5));
    b.addAccountEvent(a[4], LIKE, a[1], at(0, 6));
    b.addAccountEvent(a[5], LIKE, a[0], at(0, 7));
    Activity activity = b.build();

    ModelResult result =
        new InfluenceModel(CONVERGED.withExplanations(new ExplanationConfig(100, 100)))
            .run(activity, EngagerTrust.everyone(activity.accountCount()));

    Contributors top = result.contributors();
    for (int v = 0; v < a.length; v++) {
      double sum = 0.0;
      for (int i = top.engagerOffsets()[v]; i < top.engagerOffsets()[v + 1]; i++) {
        sum += top.engagerWeights()[i];
      }
      assertEquals(result.reach(v) + result.influence(v), sum, EXACT, "account " + v);
    }
  }

  @Test
  void topPostsAreTheMostEngaged() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int[] fans = Windows.accounts(b, 4);
    int[] posts = new int[4];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = b.addPost(author, at(i, 0), -1);
      for (int f = 0; f < i; f++) {
        b.addPostEvent(fans[f], LIKE, posts[i], at(i, 5));
      }
    }
    Activity activity = b.build();

    ModelResult result =
        new InfluenceModel(ModelConfig.defaults().withExplanations(new ExplanationConfig(0, 2)))
            .run(activity, EngagerTrust.everyone(activity.accountCount()));

    Contributors top = result.contributors();
    int from = top.postOffsets()[author];
    assertEquals(2, top.postCount(author));
    assertArrayEquals(new int[] {posts[3], posts[2]}, Arrays.copyOfRange(top.posts(), from, from + 2));
    assertEquals(0, top.engagerCount(author));
  }

  @Test
  void selectionKeepsTheBestAndBreaksTiesBySmallerIndex() {
    TopK top = new TopK(3);
    double[] weights = {0.5, 2.0, 1.0, 2.0, 0.1, 1.0, 3.0};
    for (int id = 0; id < weights.length; id++) {
      top.offer(id, weights[id]);
    }
    int[] ids = new int[4];
    double[] kept = new double[4];

    int count = top.drainBestFirst(ids, kept, 1);

    assertEquals(3, count);
    assertArrayEquals(new int[] {0, 6, 1, 3}, ids);
    assertArrayEquals(new double[] {0, 3.0, 2.0, 2.0}, kept);
    assertEquals(0, top.size());
  }
}
