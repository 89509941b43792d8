package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.QUOTE;
import static io.sway.engine.model.EngagementType.REPLY;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AmplificationTest {
  /** Credits and rates are short sums and products of exact fractions. */
  private static final double EXACT = 1e-12;

  private static final AmplificationConfig DEFAULTS = AmplificationConfig.defaults();
  private static final double ALPHA = AmplificationConfig.PRIOR_STRENGTH_DEFAULT;
  private static final double RESHARE_MEAN = AmplificationConfig.RESHARE_MEAN_DEFAULT;
  private static final double REPLY_MEAN = AmplificationConfig.REPLY_MEAN_DEFAULT;

  private static AmplificationResult amplification(
      Activity activity, EngagerTrust trust, AmplificationConfig config) {
    EngagementGraph graph = Windows.graph(activity, trust);
    return new Amplification(graph, Windows.circles(graph), config).compute();
  }

  private static AmplificationResult amplification(Activity activity) {
    return amplification(activity, EngagerTrust.everyone(activity.accountCount()), DEFAULTS);
  }

  @Test
  void reshareRatePerPostBeatsRawCount() {
    ActivityBuilder b = Windows.builder();
    int fewPosts = Windows.account(b);
    int manyPosts = Windows.account(b);
    for (int i = 0; i < 10; i++) {
      int post = b.addPost(fewPosts, at(i, 0), -1);
      for (int reactor : Windows.accounts(b, 10)) {
        b.addPostEvent(reactor, RESHARE, post, at(i, 30));
      }
    }
    for (int i = 0; i < 1_000; i++) {
      int post = b.addPost(manyPosts, at(i % 90, 0), -1);
      if (i % 10 == 0) {
        b.addPostEvent(Windows.account(b), RESHARE, post, at(i % 90, 30));
      }
    }

    AmplificationResult result = amplification(b.build());

    assertEquals(10.0, result.resharedPosts()[fewPosts], EXACT);
    assertEquals(100.0, result.resharedPosts()[manyPosts], EXACT);
    assertEquals((10 + ALPHA * RESHARE_MEAN) / (10 + ALPHA),
        result.reshareProbability()[fewPosts], EXACT);
    assertEquals((100 + ALPHA * RESHARE_MEAN) / (1_000 + ALPHA),
        result.reshareProbability()[manyPosts], EXACT);
    assertTrue(result.amplification(fewPosts) > result.amplification(manyPosts));
  }

  @Test
  void distinctReactorsBeatOneReactorRepeating() {
    ActivityBuilder b = Windows.builder();
    int manyFans = Windows.account(b);
    int oneFan = Windows.account(b);
    int loyal = Windows.account(b);
    for (int i = 0; i < 100; i++) {
      int post = b.addPost(manyFans, at(i % 90, 0), -1);
      b.addPostEvent(Windows.account(b), RESHARE, post, at(i % 90, 30));
      int other = b.addPost(oneFan, at(i % 90, 0), -1);
      b.addPostEvent(loyal, RESHARE, other, at(i % 90, 30));
    }

    AmplificationResult result = amplification(b.build());

    assertEquals(100.0, result.resharedPosts()[manyFans], EXACT);
    assertEquals(1.0, result.resharedPosts()[oneFan], EXACT);
    assertTrue(result.reshareProbability()[manyFans] > 5 * result.reshareProbability()[oneFan]);
  }

  @Test
  void fewPostsAreShrunkTowardTheMean() {
    ActivityBuilder b = Windows.builder();
    int silent = Windows.account(b);
    int onePost = Windows.account(b);
    int hundredPosts = Windows.account(b);
    int post = b.addPost(onePost, at(0, 0), -1);
    b.addPostEvent(Windows.account(b), RESHARE, post, at(0, 1));
    for (int i = 0; i < 100; i++) {
      int p = b.addPost(hundredPosts, at(i % 90, 0), -1);
      b.addPostEvent(Windows.account(b), RESHARE, p, at(i % 90, 1));
    }

    AmplificationResult result = amplification(b.build());

    double one = result.reshareProbability()[onePost];
    double hundred = result.reshareProbability()[hundredPosts];
    assertEquals(RESHARE_MEAN, result.reshareProbability()[silent], EXACT);
    assertEquals((1 + ALPHA * RESHARE_MEAN) / (1 + ALPHA), one, EXACT);
    assertEquals((100 + ALPHA * RESHARE_MEAN) / (100 + ALPHA), hundred, EXACT);
    // both were reshared every time; one post is weak evidence, a hundred strong
    assertTrue(one - RESHARE_MEAN < 1.0 - one, "one post stays nearer the mean than its own rate");
    assertTrue(1.0 - hundred < 0.1, "a hundred posts speak for themselves");
  }

  @Test
  void reactorWhoReactsToEverythingCountsLess() {
    ActivityBuilder b = Windows.builder();
    int botted = Windows.account(b);
    int organic = Windows.account(b);
    int bot = Windows.account(b);
    int person = Windows.account(b);
    int bottedPost = b.addPost(botted, at(3, 0), -1);
    int organicPost = b.addPost(organic, at(3, 0), -1);
    b.addPostEvent(bot, RESHARE, bottedPost, at(3, 10));
    b.addPostEvent(person, RESHARE, organicPost, at(3, 10));
    for (int i = 0; i < 100; i++) {
      int elsewhere = b.addPost(Windows.account(b), at(3, 0), -1);
      b.addPostEvent(bot, i % 2 == 0 ? RESHARE : LIKE, elsewhere, at(3, 20 + i));
    }

    AmplificationResult result = amplification(b.build());

    double allowance = AmplificationConfig.DAILY_REACTION_ALLOWANCE_DEFAULT;
    assertEquals(allowance / 101, result.resharedPosts()[botted], EXACT);
    assertEquals(1.0, result.resharedPosts()[organic], EXACT);
    assertTrue(result.amplification(botted) < result.amplification(organic));
  }

  @Test
  void reactionsOnOtherDaysDoNotCountAgainstTheReactor() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int busy = Windows.account(b);
    int post = b.addPost(author, at(5, 0), -1);
    b.addPostEvent(busy, RESHARE, post, at(5, 10));
    for (int i = 0; i < 100; i++) {
      b.addPostEvent(busy, LIKE, b.addPost(Windows.account(b), at(4, 0), -1), at(4, 10 + i));
    }

    AmplificationResult result = amplification(b.build());

    assertEquals(1.0, result.resharedPosts()[author], EXACT);
  }

  @Test
  void creditsMatchHandComputedValues() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int first = Windows.account(b);
    int second = Windows.account(b);
    int p0 = b.addPost(author, at(0, 0), -1);
    int p1 = b.addPost(author, at(1, 0), -1);
    b.addPostEvent(first, RESHARE, p0, at(0, 1));
    b.addPostEvent(first, QUOTE, p0, at(0, 2));
    b.addPostEvent(second, RESHARE, p0, at(0, 3));
    b.addPostEvent(first, RESHARE, p1, at(1, 1));
    Activity activity = b.build();

    AmplificationResult result = amplification(activity);
    AmplificationResult noRepeatDiscount =
        amplification(
            activity,
            EngagerTrust.everyone(activity.accountCount()),
            new AmplificationConfig(ALPHA, RESHARE_MEAN, REPLY_MEAN, false, 20, 0.0));

    // first reacted to 2 of author's posts (1/2 each), second to 1:
    // p0 = 1 - (1 - 1/2)(1 - 1) = 1, p1 = 1 - (1 - 1/2) = 1/2
    assertEquals(1.5, result.resharedPosts()[author], EXACT);
    double reshare = (1.5 + ALPHA * RESHARE_MEAN) / (2 + ALPHA);
    double reply = ALPHA * REPLY_MEAN / (2 + ALPHA);
    assertEquals(reshare, result.reshareProbability()[author], EXACT);
    assertEquals(reply, result.replyProbability()[author], EXACT);
    assertEquals(1 - (1 - reshare) * (1 - reply), result.amplification(author), EXACT);
    assertEquals(2.0, noRepeatDiscount.resharedPosts()[author], EXACT);
  }

  @Test
  void repliesCountOnlyWhenOthersAnswer() {
    ActivityBuilder b = Windows.builder();
    int talker = Windows.account(b);
    int listened = Windows.account(b);
    int[] others = Windows.accounts(b, 4);
    int answerer = Windows.account(b);
    for (int i = 0; i < 4; i++) {
      int theirs = b.addPost(others[i], at(i, 0), -1);
      int reply = b.addPost(talker, at(i, 5), theirs);
      b.addPostEvent(talker, REPLY, theirs, at(i, 5));
      if (i == 0) {
        b.addPostEvent(answerer, REPLY, reply, at(i, 9));
      }
    }
    int theirs = b.addPost(others[0], at(10, 0), -1);
    int reply = b.addPost(listened, at(10, 5), theirs);
    b.addPostEvent(listened, REPLY, theirs, at(10, 5));
    b.addPostEvent(answerer, REPLY, reply, at(10, 9));

    AmplificationResult result = amplification(b.build());

    // the talker's four replies are four trials, one answered; its output credits the others
    assertEquals(1.0, result.repliedPosts()[talker], EXACT);
    assertEquals(4, result.posts()[talker]);
    assertEquals((1 + ALPHA * REPLY_MEAN) / (4 + ALPHA), result.replyProbability()[talker], EXACT);
    assertEquals((1 + ALPHA * REPLY_MEAN) / (1 + ALPHA), result.replyProbability()[listened], EXACT);
    assertTrue(result.replyProbability()[talker] < result.replyProbability()[listened]);
    assertEquals(1.0, result.repliedPosts()[others[1]], EXACT);
  }

  @Test
  void excludedReactorsEarnNoCredit() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int spam = Windows.account(b);
    int post = b.addPost(author, at(0, 0), -1);
    b.addPostEvent(spam, RESHARE, post, at(0, 1));
    Activity activity = b.build();

    AmplificationResult result =
        amplification(activity, EngagerTrust.excluding(Windows.excluded(2, spam)), DEFAULTS);

    assertEquals(0.0, result.resharedPosts()[author]);
    assertEquals(ALPHA * RESHARE_MEAN / (1 + ALPHA), result.reshareProbability()[author], EXACT);
  }

  @Test
  void populationPriorShrinksTowardThePooledRate() {
    ActivityBuilder b = Windows.builder();
    int silent = Windows.account(b);
    int author = Windows.account(b);
    int fan = Windows.account(b);
    for (int i = 0; i < 4; i++) {
      int post = b.addPost(author, at(i, 0), -1);
      if (i < 3) {
        b.addPostEvent(Windows.account(b), RESHARE, post, at(i, 1));
      }
    }
    b.addPostEvent(fan, REPLY, 0, at(0, 2));
    Activity activity = b.build();

    AmplificationResult result =
        amplification(
            activity,
            EngagerTrust.everyone(activity.accountCount()),
            DEFAULTS.withPriorFromPopulation(true));

    assertEquals(4, result.pooledPosts());
    assertEquals(0.75, result.observedReshareRate(), EXACT);
    assertEquals(0.25, result.observedReplyRate(), EXACT);
    assertEquals(0.75, result.reshareMean(), EXACT);
    assertEquals(0.75, result.reshareProbability()[silent], EXACT);
    assertEquals(0.25, result.replyProbability()[silent], EXACT);
  }

  @Test
  void eventsOutOfTimeOrderAreRejected() {
    ActivityBuilder b = Windows.builder();
    int author = Windows.account(b);
    int fan = Windows.account(b);
    int post = b.addPost(author, at(0, 0), -1);
    b.addPostEvent(fan, LIKE, post, at(0, 1));
    b.addPostEvent(fan, RESHARE, post, at(1, 1));
    Activity sorted = b.build();
    long[] reversed = {sorted.eventAt()[1], sorted.eventAt()[0]};
    Activity unsorted =
        new Activity(
            sorted.windowStart(), sorted.asOf(), sorted.accountCount(), sorted.createdAt(),
            sorted.verified(), sorted.network(), sorted.networks(), sorted.person(),
            sorted.follows(), sorted.postCount(), sorted.postAuthor(), sorted.postCreatedAt(),
            sorted.postReplyTo(), sorted.postTopicOffsets(), sorted.postTopics(), sorted.topics(),
            sorted.eventCount(), sorted.eventActor(), sorted.eventTarget(), sorted.eventPost(),
            sorted.eventType(), reversed);

    var e = assertThrows(IllegalArgumentException.class, () -> amplification(unsorted));

    assertEquals(
        "events must be sorted by time, but event 1 at " + reversed[1] + " follows one at "
            + reversed[0],
        e.getMessage());
  }
}
