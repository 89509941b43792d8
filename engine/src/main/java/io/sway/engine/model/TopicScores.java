package io.sway.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Topics of influence, assigned only on evidence (PRODUCT.md R5): an account is influential on a
 * topic only if it posted about the topic and those posts were engaged with.
 *
 * <p>A post is <i>engaged</i> when it received engagement of positive weight from a counted
 * engager ({@link ReachResult#postEngagement()} {@code > 0}): an engager that is not excluded, not
 * the author and not another account of the same person. Account {@code a} has evidence for topic
 * {@code t} when at least {@link TopicConfig#minEngagedPosts() K} of its posts on {@code t} in the
 * window are engaged (default 3). A single post, engaged or not, never makes a topic (with {@code
 * K >= 2}), and unengaged posts count for nothing. With evidence,
 *
 * <pre>
 *   engagement(a, t) = Σ_{engaged posts p of a on t} postEngagement(p)
 *   share(a, t)      = engagement(a, t) / Σ_{posts p of a} postEngagement(p)
 *   score(a, t)      = score curve of (audience(a) × share(a, t))
 * </pre>
 *
 * so the account's topical audience is the part of its audience earned by posts on the topic (a
 * post on several topics counts for each), scored on the same fixed curve as the account
 * ({@link InfluenceScore}); an account that posts only on one topic scores the same on it as
 * overall. Topic-sensitive in the spirit of TwitterRank (Weng et al., WSDM 2010), on engagement
 * rather than follows.
 *
 * <p>Cost: two passes over every post's topics, {@code O(n + posts + topic tags)}, plus sorting
 * each account's evidenced topics; extra memory two arrays of length {@code topics}.
 */
public final class TopicScores {
  private final EngagementGraph engagement;
  private final ReachResult reach;
  private final double[] audience;
  private final InfluenceScore scale;
  private final TopicConfig config;

  /**
   * @param audience per account, as in {@link ScoreResult#audience()}
   * @param scale the calibration the topic scores use
   */
  public TopicScores(
      EngagementGraph engagement,
      ReachResult reach,
      double[] audience,
      InfluenceScore scale,
      TopicConfig config) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.reach = Objects.requireNonNull(reach, "reach");
    this.audience = Objects.requireNonNull(audience, "audience");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.config = Objects.requireNonNull(config, "config");
    if (audience.length != engagement.accountCount()) {
      throw new IllegalArgumentException(
          "audience must have " + engagement.accountCount() + " entries, had " + audience.length);
    }
  }

  public TopicResult compute() {
    int n = engagement.accountCount();
    int topics = engagement.activity().topics().size();
    int[] engagedPosts = new int[topics];
    double[] topicEngagement = new double[topics];
    int[] touched = new int[topics];
    int[] lastPost = new int[topics];
    Arrays.fill(lastPost, -1);
    int[] offsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      int touchedCount = collect(a, engagedPosts, topicEngagement, touched, lastPost);
      int evidenced = 0;
      for (int i = 0; i < touchedCount; i++) {
        evidenced += engagedPosts[touched[i]] >= config.minEngagedPosts() ? 1 : 0;
      }
      offsets[a + 1] = offsets[a] + evidenced;
      clear(touchedCount, touched, engagedPosts, topicEngagement);
    }

    int entries = offsets[n];
    int[] topic = new int[entries];
    int[] posts = new int[entries];
    double[] engaged = new double[entries];
    double[] score = new double[entries];
    double[] postEngagement = reach.postEngagement();
    int[] postOffsets = engagement.authorPostOffsets();
    int[] authorPosts = engagement.authorPosts();
    Arrays.fill(lastPost, -1); // the second pass sees every post again
    for (int a = 0; a < n; a++) {
      if (offsets[a + 1] == offsets[a]) {
        continue;
      }
      int touchedCount = collect(a, engagedPosts, topicEngagement, touched, lastPost);
      Arrays.sort(touched, 0, touchedCount);
      double total = 0.0;
      for (int i = postOffsets[a]; i < postOffsets[a + 1]; i++) {
        total += postEngagement[authorPosts[i]];
      }
      int at = offsets[a];
      for (int i = 0; i < touchedCount; i++) {
        int t = touched[i];
        if (engagedPosts[t] >= config.minEngagedPosts()) {
          topic[at] = t;
          posts[at] = engagedPosts[t];
          engaged[at] = topicEngagement[t];
          score[at] = scale.score(audience[a] * topicEngagement[t] / total, true);
          at++;
        }
      }
      clear(touchedCount, touched, engagedPosts, topicEngagement);
    }
    return new TopicResult(offsets, topic, posts, engaged, score, config.minEngagedPosts());
  }

  /**
   * Tallies account {@code a}'s engaged posts per topic (a topic named twice on one post counts
   * once); returns how many topics it touched.
   */
  private int collect(
      int a, int[] engagedPosts, double[] topicEngagement, int[] touched, int[] lastPost) {
    Activity activity = engagement.activity();
    int[] topicOffsets = activity.postTopicOffsets();
    int[] postTopics = activity.postTopics();
    double[] postEngagement = reach.postEngagement();
    int[] postOffsets = engagement.authorPostOffsets();
    int[] authorPosts = engagement.authorPosts();
    int touchedCount = 0;
    for (int i = postOffsets[a]; i < postOffsets[a + 1]; i++) {
      int p = authorPosts[i];
      if (!(postEngagement[p] > 0.0)) {
        continue;
      }
      for (int j = topicOffsets[p]; j < topicOffsets[p + 1]; j++) {
        int t = postTopics[j];
        if (lastPost[t] == p) {
          continue;
        }
        lastPost[t] = p;
        if (engagedPosts[t]++ == 0) {
          touched[touchedCount++] = t;
        }
        topicEngagement[t] += postEngagement[p];
      }
    }
    return touchedCount;
  }

  private static void clear(
      int touchedCount, int[] touched, int[] engagedPosts, double[] topicEngagement) {
    for (int i = 0; i < touchedCount; i++) {
      engagedPosts[touched[i]] = 0;
      topicEngagement[touched[i]] = 0.0;
    }
  }
}
