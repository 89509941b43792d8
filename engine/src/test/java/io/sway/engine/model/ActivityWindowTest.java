package io.sway.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window cut from a long activity equals the activity built directly from the window's own
 * rows, as the loader would extract them: the oracle is the builder.
 */
class ActivityWindowTest {
  private static final long DAY = 86_400;
  private static final String[] TOPICS = {"ai", "golf", "jazz"};
  private static final EngagementType[] TYPES = EngagementType.values();

  /** One random history: accounts, follows, posts and events over 60 days. */
  private record Rows(int accounts, int[][] follows, List<long[]> posts, List<long[]> events) {}

  private static Rows randomRows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int accounts = 30;
    int[][] follows = new int[80][];
    for (int i = 0; i < follows.length; i++) {
      int u = random.nextInt(accounts);
      follows[i] = new int[] {u, (u + 1 + random.nextInt(accounts - 1)) % accounts};
    }
    // post: author, createdAt, replyTo (earlier post or -1), topic index (or -1)
    List<long[]> posts = new ArrayList<>();
    for (int p = 0; p < 120; p++) {
      long at = (long) p * 60 * DAY / 120;
      long replyTo = p > 0 && random.nextInt(4) == 0 ? random.nextInt(p) : -1;
      posts.add(new long[] {random.nextInt(accounts), at, replyTo, random.nextInt(4) - 1});
    }
    // event: actor, post (or -1), target account for account events, type, at (>= the post's)
    List<long[]> events = new ArrayList<>();
    for (int e = 0; e < 400; e++) {
      int actor = random.nextInt(accounts);
      int type = random.nextInt(TYPES.length);
      if (random.nextInt(5) == 0) {
        int target = (actor + 1 + random.nextInt(accounts - 1)) % accounts;
        events.add(new long[] {actor, -1, target, type, random.nextLong(60 * DAY)});
      } else {
        int post = random.nextInt(posts.size());
        long at = posts.get(post)[1] + random.nextLong(20 * DAY);
        events.add(new long[] {actor, post, -1, type, at});
      }
    }
    events.sort((a, b) -> Long.compare(a[4], b[4]));
    return new Rows(accounts, follows, posts, events);
  }

  /** The activity of [from, to] built from the rows, as the extractor selects them. */
  private static Activity built(Rows rows, long from, long to, boolean skipOddActors) {
    ActivityBuilder builder = new ActivityBuilder(from, to);
    for (int a = 0; a < rows.accounts(); a++) {
      builder.addAccount(0, a % 7 == 0, a % 2 == 0 ? "x" : "bluesky", a % 5 == 0 ? a / 5 : -1);
    }
    for (int[] follow : rows.follows()) {
      builder.addFollow(follow[0], follow[1]);
    }
    boolean[] engaged = new boolean[rows.posts().size()];
    for (long[] event : rows.events()) {
      int post = (int) event[1];
      if (post >= 0 && event[4] >= from && event[4] <= to && kept(event, skipOddActors)
          && rows.posts().get(post)[0] != event[0]) {
        engaged[post] = true;
      }
    }
    int[] index = new int[rows.posts().size()];
    for (int p = 0; p < rows.posts().size(); p++) {
      long[] post = rows.posts().get(p);
      index[p] = -1;
      if (engaged[p] || (post[1] >= from && post[1] <= to)) {
        int replyTo = post[2] < 0 ? -1 : index[(int) post[2]];
        index[p] = post[3] < 0
            ? builder.addPost((int) post[0], post[1], replyTo)
            : builder.addPost((int) post[0], post[1], replyTo, TOPICS[(int) post[3]]);
      }
    }
    for (long[] event : rows.events()) {
      if (event[4] < from || event[4] > to || !kept(event, skipOddActors)) {
        continue;
      }
      EngagementType type = TYPES[(int) event[3]];
      if (event[1] >= 0) {
        builder.addPostEvent((int) event[0], type, index[(int) event[1]], event[4]);
      } else {
        builder.addAccountEvent((int) event[0], type, (int) event[2], event[4]);
      }
    }
    return builder.build();
  }

  private static boolean kept(long[] event, boolean skipOddActors) {
    return !skipOddActors || event[0] % 2 == 0;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theCutEqualsTheWindowBuiltFromItsOwnRows(long seed) {
    Rows rows = randomRows(seed);
    Activity all = built(rows, 0, 90 * DAY, false);
    long from = 20 * DAY + seed * 1_000;
    long to = 45 * DAY - 1;

    assertSameActivity(built(rows, from, to, false), ActivityWindow.cut(all, from, to));
  }

  @Test
  void removedEventsAndThePostsOnlyTheyEngagedAreLeftOut() {
    Rows rows = randomRows(9);
    Activity all = built(rows, 0, 90 * DAY, false);
    long from = 30 * DAY;
    long to = 50 * DAY;

    Activity cut = ActivityWindow.cut(all, from, to,
        (source, event) -> source.eventActor()[event] % 2 != 0);

    assertSameActivity(built(rows, from, to, true), cut);
  }

  @Test
  void accountsAndFollowsAreSharedNotCopied() {
    Activity all = built(randomRows(3), 0, 90 * DAY, false);

    Activity cut = ActivityWindow.cut(all, 10 * DAY, 20 * DAY);

    assertSame(all.follows(), cut.follows());
    assertSame(all.createdAt(), cut.createdAt());
    assertEquals(10 * DAY, cut.windowStart());
    assertEquals(20 * DAY, cut.asOf());
  }

  @Test
  void anEmptyOrReversedWindow() {
    Activity all = built(randomRows(4), 0, 90 * DAY, false);

    Activity empty = ActivityWindow.cut(all, 200 * DAY, 300 * DAY);

    assertEquals(0, empty.postCount());
    assertEquals(0, empty.eventCount());
    assertThrows(IllegalArgumentException.class, () -> ActivityWindow.cut(all, 5, 4));
  }

  private static void assertSameActivity(Activity expected, Activity actual) {
    assertEquals(expected.windowStart(), actual.windowStart());
    assertEquals(expected.asOf(), actual.asOf());
    assertEquals(expected.postCount(), actual.postCount());
    assertArrayEquals(expected.postAuthor(), actual.postAuthor());
    assertArrayEquals(expected.postCreatedAt(), actual.postCreatedAt());
    assertArrayEquals(expected.postReplyTo(), actual.postReplyTo());
    assertArrayEquals(expected.postTopicOffsets(), actual.postTopicOffsets());
    for (int t = 0; t < expected.postTopics().length; t++) {
      assertEquals(expected.topics().get(expected.postTopics()[t]),
          actual.topics().get(actual.postTopics()[t]), "topic " + t);
    }
    assertEquals(expected.eventCount(), actual.eventCount());
    assertArrayEquals(expected.eventActor(), actual.eventActor());
    assertArrayEquals(expected.eventTarget(), actual.eventTarget());
    assertArrayEquals(expected.eventPost(), actual.eventPost());
    assertArrayEquals(expected.eventType(), actual.eventType());
    assertArrayEquals(expected.eventAt(), actual.eventAt());
  }
}
