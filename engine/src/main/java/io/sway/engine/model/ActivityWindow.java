package io.sway.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts the activity of one window out of a longer {@link Activity}, in memory, exactly as the
 * loader extracts a window from the database: every account and follow; the posts created in the
 * window or engaged with in it; the events in the window. So a model can be run on many days from
 * one read of the data, as an evaluation does. (One difference: a post created before the window
 * that only its own author engaged with in it is left out, as self-engagement is not an event.)
 *
 * <p>Accounts and the follow graph are shared with the source, not copied. Posts keep their order
 * and their topics; a reply whose parent is left out of the window replies to nothing ({@code
 * -1}). Cost: O(log E) to find the window's events (they are sorted by time), then O(P + events
 * in the window + their topics).
 */
public final class ActivityWindow {
  private ActivityWindow() {}

  /** Which events of the source to leave out, for counterfactual runs. */
  @FunctionalInterface
  public interface EventFilter {
    /** Nothing is left out. */
    EventFilter NONE = (source, event) -> false;

    /** Whether event {@code event} of {@code source} is left out. */
    boolean removes(Activity source, int event);
  }

  /** The activity of {@code source} in {@code [from, to]} (epoch seconds, both included). */
  public static Activity cut(Activity source, long from, long to) {
    return cut(source, from, to, EventFilter.NONE);
  }

  /**
   * The activity of {@code source} in {@code [from, to]}, without the events {@code removed}
   * selects; a post that only those events engaged with, created before the window, is left out
   * too.
   *
   * @throws IllegalArgumentException if {@code from > to}
   */
  public static Activity cut(Activity source, long from, long to, EventFilter removed) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(removed, "removed");
    if (from > to) {
      throw new IllegalArgumentException("from must be <= to, was " + from + " > " + to);
    }
    long[] at = source.eventAt();
    int first = firstAtOrAfter(at, from);
    int end = to == Long.MAX_VALUE ? at.length : firstAtOrAfter(at, to + 1);

    int[] keptEvents = new int[end - first];
    int eventCount = 0;
    boolean[] engaged = new boolean[source.postCount()];
    for (int e = first; e < end; e++) {
      if (!removed.removes(source, e)) {
        keptEvents[eventCount++] = e;
        int post = source.eventPost()[e];
        if (post >= 0) {
          engaged[post] = true;
        }
      }
    }

    int[] newIndex = new int[source.postCount()];
    int postCount = 0;
    int topicCount = 0;
    for (int p = 0; p < source.postCount(); p++) {
      long created = source.postCreatedAt()[p];
      if (engaged[p] || (created >= from && created <= to)) {
        newIndex[p] = postCount++;
        topicCount += source.topicCount(p);
      } else {
        newIndex[p] = -1;
      }
    }

    int[] postAuthor = new int[postCount];
    long[] postCreatedAt = new long[postCount];
    int[] postReplyTo = new int[postCount];
    int[] postTopicOffsets = new int[postCount + 1];
    int[] postTopics = new int[topicCount];
    int topic = 0;
    for (int p = 0; p < source.postCount(); p++) {
      int q = newIndex[p];
      if (q < 0) {
        continue;
      }
      postAuthor[q] = source.postAuthor()[p];
      postCreatedAt[q] = source.postCreatedAt()[p];
      int parent = source.postReplyTo()[p];
      postReplyTo[q] = parent < 0 ? -1 : newIndex[parent];
      postTopicOffsets[q] = topic;
      for (int k = source.postTopicOffsets()[p]; k < source.postTopicOffsets()[p + 1]; k++) {
        postTopics[topic++] = source.postTopics()[k];
      }
    }
    postTopicOffsets[postCount] = topic;

    int[] eventActor = new int[eventCount];
    int[] eventTarget = new int[eventCount];
    int[] eventPost = new int[eventCount];
    byte[] eventType = new byte[eventCount];
    long[] eventAt = new long[eventCount];
    for (int i = 0; i < eventCount; i++) {
      int e = keptEvents[i];
      eventActor[i] = source.eventActor()[e];
      eventTarget[i] = source.eventTarget()[e];
      int post = source.eventPost()[e];
      eventPost[i] = post < 0 ? -1 : newIndex[post];
      eventType[i] = source.eventType()[e];
      eventAt[i] = at[e];
    }

    return new Activity(from, to, source.accountCount(), source.createdAt(), source.verified(),
        source.network(), source.networks(), source.person(), source.follows(), postCount,
        postAuthor, postCreatedAt, postReplyTo, postTopicOffsets, postTopics, source.topics(),
        eventCount, eventActor, eventTarget, eventPost, eventType, eventAt);
  }

  /** The first index whose time is {@code >= time} in the ascending {@code times}. */
  private static int firstAtOrAfter(long[] times, long time) {
    int index = Arrays.binarySearch(times, time);
    if (index < 0) {
      return -index - 1;
    }
    while (index > 0 && times[index - 1] == time) {
      index--;
    }
    return index;
  }
}
