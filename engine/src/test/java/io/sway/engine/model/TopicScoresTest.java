package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopicScoresTest {
  private static final double EXACT = 1e-9;

  private static TopicResult topics(Activity activity, EngagerTrust trust, TopicConfig config) {
    ModelResult result =
        new InfluenceModel(ModelConfig.defaults().withTopics(config)).run(activity, trust);
    return result.topics();
  }

  private static TopicResult topics(Activity activity) {
    return topics(
        activity, EngagerTrust.everyone(activity.accountCount()), TopicConfig.defaults());
  }

  @Test
  void noTopicFromASingleUnengagedPost() {
    ActivityBuilder b = Windows.builder();
    int birdwatcher = Windows.account(b);
    int lucky = Windows.account(b);
    b.addPost(birdwatcher, at(0, 0), -1, "aviaries");
    int post = b.addPost(lucky, at(0, 0), -1, "aviaries");
    b.addPostEvent(Windows.account(b), RESHARE, post, at(0, 5));
    Activity activity = b.build();

    TopicResult byDefault = topics(activity);
    TopicResult onOnePost =
        topics(activity, EngagerTrust.everyone(activity.accountCount()), new TopicConfig(1));

    assertEquals(0, byDefault.topicCount(birdwatcher));
    assertEquals(0, byDefault.topicCount(lucky), "one engaged post is not enough either");
    assertEquals(0, onOnePost.topicCount(birdwatcher), "unengaged posts never count");
    assertEquals(1, onOnePost.topicCount(lucky));
  }

  @Test
  void topicNeedsTheConfiguredEngagedPosts() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int fan = Windows.account(b);
    for (int i = 0; i < 3; i++) {
      b.addPostEvent(fan, LIKE, b.addPost(author, at(i, 0), -1, "cycling"), at(i, 5));
    }
    for (int i = 0; i < 2; i++) {
      b.addPostEvent(fan, LIKE, b.addPost(author, at(i, 0), -1, "food"), at(i, 5));
    }
    for (int i = 0; i < 5; i++) {
      b.addPost(author, at(i, 0), -1, "food");
    }
    Activity activity = b.build();
    int cycling = activity.topics().indexOf("cycling");

    TopicResult result = topics(activity);

    assertEquals(1, result.topicCount(author));
    int entry = result.offsets()[author];
    assertEquals(cycling, result.topic()[entry]);
    assertEquals(3, result.engagedPosts()[entry]);
    assertEquals(3 * EngagementTypeWeights.LIKE_DEFAULT, result.engagement()[entry], EXACT);
  }

  @Test
  void noTopicFromPostsEngagedOnlyByExcludedAccounts() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int spam = Windows.account(b);
    for (int i = 0; i < 5; i++) {
      b.addPostEvent(spam, RESHARE, b.addPost(author, at(i, 0), -1, "crypto"), at(i, 5));
    }
    Activity activity = b.build();

    TopicResult result =
        topics(activity, EngagerTrust.excluding(Windows.excluded(2, spam)), TopicConfig.defaults());

    assertEquals(0, result.topicCount(author));
  }

  @Test
  void topicScoreIsTheScoreOfTheAudienceEarnedOnTheTopic() {
    ActivityBuilder b = Windows.builder();
    int specialist = Windows.account(b);
    int generalist = Windows.account(b);
    int[] fans = Windows.accounts(b, 3);
    for (int i = 0; i < 3; i++) {
      int post = b.addPost(specialist, at(i, 0), -1, "cycling", "cycling");
      int cyclingPost = b.addPost(generalist, at(i, 0), -1, "cycling");
      int foodPost = b.addPost(generalist, at(i, 0), -1, "food");
      for (int fan : fans) {
        b.addPostEvent(fan, RESHARE, post, at(i, 5));
        b.addPostEvent(fan, RESHARE, cyclingPost, at(i, 5));
        b.addPostEvent(fan, RESHARE, foodPost, at(i, 5));
      }
    }
    Activity activity = b.build();
    int cycling = activity.topics().indexOf("cycling");
    int food = activity.topics().indexOf("food");

    ModelResult result =
        new InfluenceModel(ModelConfig.defaults())
            .run(activity, EngagerTrust.everyone(activity.accountCount()));
    InfluenceScore scale = new InfluenceScore(ScoreConfig.defaults());
    TopicResult topics = result.topics();

    assertEquals(3, topics.engagedPosts()[topics.offsets()[specialist]], "named twice, counted once");
    assertEquals(result.score(specialist), topics.score(specialist, cycling), EXACT);
    double half = scale.score(result.scores().audience()[generalist] / 2, true);
    assertEquals(half, topics.score(generalist, cycling), EXACT);
    assertEquals(half, topics.score(generalist, food), EXACT);
    assertEquals(0.0, topics.score(specialist, food));
  }
}
