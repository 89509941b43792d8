package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.MENTION;
import static io.sway.engine.model.EngagementType.REPLY;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InfluenceModelTest {
  /** Scores of the same account computed twice, both iterated to convergence. */
  private static final double SAME = 1e-9;

  /** R9: a pod member gains at most this many points (the target). */
  private static final double POD_POINTS_BOUND = 2.0;

  /** A pod member's network influence stays within this factor of its organic value. */
  private static final double POD_INFLUENCE_BOUND = 1.15;

  private static final ModelConfig CONVERGED =
      ModelConfig.defaults().withInfluence(new NetworkInfluenceConfig(0.85, 1_000, 1e-12));

  private static final int POD_SIZE = 6;
  private static final int POSTS_EACH = 5;
  private static final int FANS_EACH = 4;

  private static ModelResult run(ModelConfig config, Activity activity) {
    return new InfluenceModel(config)
        .run(activity, EngagerTrust.everyone(activity.accountCount()));
  }

  /**
   * Six accounts with five posts each and four fans each who reshare one post apiece; with the pod,
   * every member also reshares and likes every post of every other member.
   */
  private static Activity podWindow(boolean withPod) {
    ActivityBuilder b = Windows.builder();
    int[] pod = Windows.accounts(b, POD_SIZE);
    int[][] posts = new int[POD_SIZE][POSTS_EACH];
    for (int m = 0; m < POD_SIZE; m++) {
      for (int i = 0; i < POSTS_EACH; i++) {
        posts[m][i] = b.addPost(pod[m], at(i, m), -1);
      }
    }
    for (int m = 0; m < POD_SIZE; m++) {
      for (int f = 0; f < FANS_EACH; f++) {
        b.addPostEvent(Windows.account(b), RESHARE, posts[m][f], at(f, 30 + m));
      }
    }
    if (withPod) {
      for (int m = 0; m < POD_SIZE; m++) {
        for (int mate = 0; mate < POD_SIZE; mate++) {
          for (int i = 0; mate != m && i < POSTS_EACH; i++) {
            b.addPostEvent(pod[mate], RESHARE, posts[m][i], at(i, 60 + mate));
            b.addPostEvent(pod[mate], LIKE, posts[m][i], at(i, 70 + mate));
          }
        }
      }
    }
    return b.build();
  }

  @Test
  void podMembersDoNotInflateEachOther() {
    ModelResult organic = run(CONVERGED, podWindow(false));
    ModelResult pod = run(CONVERGED, podWindow(true));
    ModelResult undiscounted = run(CONVERGED.withCircles(new CircleConfig(0.0, CircleConfig.CIRCLE_SIZE_DEFAULT)), podWindow(true));

    for (int m = 0; m < POD_SIZE; m++) {
      double gain = pod.score(m) - organic.score(m);
      assertTrue(pod.influence(m) <= POD_INFLUENCE_BOUND * organic.influence(m),
          "member " + m + ": influence " + pod.influence(m) + " vs organic "
              + organic.influence(m));
      assertTrue(gain <= POD_POINTS_BOUND, "member " + m + " gains " + gain + " points");
      assertTrue(undiscounted.score(m) - organic.score(m) > 3 * gain,
          "without the circle discount the pod would gain far more");
    }
  }

  /** A small network with every kind of structure: fans, a chain, a reciprocal pair, replies. */
  private static void addCore(ActivityBuilder b) {
    int[] a = Windows.accounts(b, 8);
    int p0 = b.addPost(a[0], at(0, 0), -1, "cycling");
    int p1 = b.addPost(a[0], at(1, 0), -1, "cycling");
    int p2 = b.addPost(a[1], at(2, 0), -1, "food");
    b.addPostEvent(a[2], RESHARE, p0, at(0, 5));
    b.addPostEvent(a[3], LIKE, p0, at(0, 6));
    b.addPostEvent(a[3], REPLY, p1, at(1, 6));
    b.addPostEvent(a[4], RESHARE, p1, at(1, 7));
    b.addPostEvent(a[0], LIKE, p2, at(2, 5));
    b.addPostEvent(a[2], LIKE, p2, at(2, 6));
    b.addAccountEvent(a[1], MENTION, a[0], at(3, 0));
    b.addAccountEvent(a[5], MENTION, a[4], at(3, 1));
    b.addAccountEvent(a[6], LIKE, a[5], at(3, 2));
    b.addPost(a[7], at(4, 0), -1);
  }

  @Test
  void calibrationDoesNotDependOnPopulationSize() {
    ActivityBuilder small = Windows.builder();
    addCore(small);
    ActivityBuilder large = Windows.builder();
    addCore(large);
    SplittableRandom random = new SplittableRandom(3);
    int[] strangers = Windows.accounts(large, 300);
    int[] posts = new int[strangers.length];
    for (int i = 0; i < strangers.length; i++) {
      posts[i] = large.addPost(strangers[i], at(i % 90, 0), -1, "cycling");
    }
    EngagementType[] types = EngagementType.values();
    for (int i = 0; i < 3_000; i++) {
      int u = strangers[random.nextInt(strangers.length)];
      int p = posts[random.nextInt(posts.length)];
      large.addPostEvent(u, types[random.nextInt(types.length)], p, at(random.nextInt(90), 30));
    }

    ModelResult alone = run(CONVERGED, small.build());
    ModelResult crowded = run(CONVERGED, large.build());

    for (int a = 0; a < alone.accountCount(); a++) {
      assertEquals(alone.reach(a), crowded.reach(a), SAME, "reach of " + a);
      assertEquals(alone.amplification(a), crowded.amplification(a), SAME, "amplification " + a);
      assertEquals(alone.influence(a), crowded.influence(a), SAME, "influence of " + a);
      assertEquals(alone.score(a), crowded.score(a), SAME, "score of " + a);
    }
    assertTrue(alone.score(0) > 1.0);
  }

  @Test
  void personCombinesAccountsNotAsASum() {
    ActivityBuilder b = Windows.builder();
    int personal = b.addAccount(Windows.START, false, "x", 0);
    int professional = b.addAccount(Windows.START, false, "y", 0);
    int single = b.addAccount(Windows.START, false, "x", 1);
    for (int owner : new int[] {personal, professional, single}) {
      int post = b.addPost(owner, at(0, 0), -1);
      for (int fan : Windows.accounts(b, 20)) {
        b.addPostEvent(fan, RESHARE, post, at(0, 5));
      }
    }

    ModelResult result = run(ModelConfig.defaults(), b.build());

    PersonScores persons = result.persons();
    double one = result.scores().audience()[single];
    InfluenceScore scale = new InfluenceScore(ScoreConfig.defaults());
    assertEquals(2, persons.accounts()[0]);
    assertEquals(Math.sqrt(2) * one, persons.audience()[0], 1e-9 * one);
    assertTrue(persons.score(0) > result.score(personal), "two accounts beat one");
    assertTrue(persons.score(0) < scale.score(2 * one, true), "but not twice");
    assertEquals(result.score(single), persons.score(1), SAME);
  }

  @Test
  void scoresEveryAccountAndZeroOnlyWithoutActivity() {
    ActivityBuilder b = Windows.builder();
    int idle = Windows.account(b);
    int poster = Windows.account(b);
    int lurker = Windows.account(b);
    int spammer = Windows.account(b);
    int fan = Windows.account(b);
    b.addPost(poster, at(0, 0), -1);
    int spam = b.addPost(spammer, at(0, 0), -1);
    b.addPostEvent(lurker, LIKE, spam, at(0, 1));
    b.addPostEvent(fan, RESHARE, spam, at(0, 2));
    b.addFollow(idle, poster);
    Activity activity = b.build();

    ModelResult result =
        new InfluenceModel(ModelConfig.defaults())
            .run(activity, EngagerTrust.excluding(Windows.excluded(5, spammer)));

    assertEquals(0.0, result.score(idle));
    assertEquals(1.0, result.score(poster));
    assertEquals(1.0, result.score(lurker));
    assertTrue(result.score(spammer) > 1.0, "an excluded account is still scored");
    assertSame(ModelConfig.defaults(), result.config());
  }

  @Test
  void runsOnAnEmptyWindow() {
    Activity empty = Windows.builder().build();

    ModelResult result = run(ModelConfig.defaults(), empty);

    assertEquals(0, result.accountCount());
    assertEquals(0, result.persons().personCount());
  }

  @Test
  void parallelismMustBePositive() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new InfluenceModel(ModelConfig.defaults(), Runnable::run, 0));

    assertEquals("parallelism must be >= 1, was 0", e.getMessage());
  }
}
