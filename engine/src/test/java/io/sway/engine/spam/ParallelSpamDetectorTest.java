package io.sway.engine.spam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.model.EngagerTrust;
import io.sway.engine.model.InfluenceModel;
import io.sway.engine.model.ModelConfig;
import io.sway.engine.model.ModelResult;
import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Giving the spam stage and the model a second thread changes their speed, not their answers. */
class ParallelSpamDetectorTest {
  /** The network influence sums are associated differently across ranges (see PageRank). */
  private static final double INFLUENCE_TOLERANCE = 1e-9;

  private static final int ACCOUNTS = 3_000;
  private static final int FOLLOWS_PER_ACCOUNT = 12;
  private static final int POSTS_PER_ACCOUNT = 3;
  private static final int EVENTS_PER_ACCOUNT = 8;
  private static final int FARM_SIZE = 40;
  private static final String[] TOPICS = {"cycling", "jazz", "chess"};

  /**
   * Accounts of all ages with skewed popularity (follows and engagement go mostly to low ids),
   * plus a farm of young accounts that follow and like each other, so that trust, cohorts,
   * flags and every reason kind occur.
   */
  private static Activity randomNetwork() {
    SplittableRandom random = new SplittableRandom(11);
    ActivityBuilder builder = new ActivityBuilder(SmallNetwork.WINDOW_START, SmallNetwork.AS_OF);
    for (int a = 0; a < ACCOUNTS; a++) {
      boolean farm = a >= ACCOUNTS - FARM_SIZE;
      long age = farm ? SmallNetwork.DAY * 3 + a : SmallNetwork.DAY * random.nextInt(5, 2000);
      builder.addAccount(SmallNetwork.AS_OF - age, a % 97 == 0, a % 5 == 0 ? "bluesky" : "x",
          a % 7 == 0 ? a / 7 : -1);
    }
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int f = 0; f < FOLLOWS_PER_ACCOUNT; f++) {
        int target = a >= ACCOUNTS - FARM_SIZE
            ? ACCOUNTS - FARM_SIZE + random.nextInt(FARM_SIZE) : skewed(random);
        if (target != a) {
          builder.addFollow(a, target);
        }
      }
    }
    int[] posts = new int[ACCOUNTS * POSTS_PER_ACCOUNT];
    for (int i = 0; i < posts.length; i++) {
      int author = skewed(random);
      posts[i] = builder.addPost(author,
          SmallNetwork.WINDOW_START + random.nextLong(90 * SmallNetwork.DAY), -1,
          TOPICS[random.nextInt(TOPICS.length)]);
    }
    EngagementType[] types = EngagementType.values();
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int e = 0; e < EVENTS_PER_ACCOUNT; e++) {
        long at = SmallNetwork.WINDOW_START + random.nextLong(90 * SmallNetwork.DAY);
        EngagementType type = types[random.nextInt(types.length)];
        if (type == EngagementType.MENTION) {
          builder.addAccountEvent(a, type, skewed(random), at);
        } else {
          builder.addPostEvent(a, type, posts[random.nextInt(posts.length)], at);
        }
      }
    }
    return builder.build();
  }

  private static int skewed(SplittableRandom random) {
    double u = random.nextDouble();
    return (int) (ACCOUNTS * u * u * u);
  }

  @Test
  void twoThreadsGiveTheSameVerdictsAndScores() {
    Activity activity = randomNetwork();
    ModelConfig config = ModelConfig.defaults();
    SpamResult single = new SpamDetector(activity, config.spam()).compute();
    ModelResult singleModel = new InfluenceModel(config).run(
        activity, EngagerTrust.of(single.flagged(), single.probability()));
    int flaggedCount = 0;
    for (boolean flagged : single.flagged()) {
      flaggedCount += flagged ? 1 : 0;
    }
    assertTrue(flaggedCount > 0 && flaggedCount < activity.accountCount(),
        "some but not all accounts flagged: " + flaggedCount);
    try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
      for (int parallelism = 2; parallelism <= 3; parallelism++) {
        SpamResult parallel = new SpamDetector(
            activity, config.spam(), new int[0], pool, parallelism).compute();
        assertArrayEquals(single.probability(), parallel.probability());
        assertArrayEquals(single.flagged(), parallel.flagged());
        assertArrayEquals(single.inactive(), parallel.inactive());
        assertArrayEquals(single.reason(), parallel.reason());

        ModelResult parallelModel = new InfluenceModel(config, pool, parallelism).run(
            activity, EngagerTrust.of(parallel.flagged(), parallel.probability()));
        for (int a = 0; a < activity.accountCount(); a++) {
          assertEquals(singleModel.reach(a), parallelModel.reach(a), "reach of " + a);
          assertEquals(singleModel.amplification(a), parallelModel.amplification(a),
              "amplification of " + a);
          assertEquals(singleModel.influence(a), parallelModel.influence(a),
              INFLUENCE_TOLERANCE * Math.max(1.0, singleModel.influence(a)),
              "influence of " + a);
        }
      }
    }
  }
}
