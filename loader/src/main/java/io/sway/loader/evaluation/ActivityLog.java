package io.sway.loader.evaluation;

import io.sway.loader.dataset.InteractionType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Everything that happened in a graph, day by day, held as primitive arrays: who engaged with
 * whom and how, who posted, who follows whom since when. Read out of Neo4j once ({@link
 * ActivityLogReader}); every day's engagement snapshot is then cut from it in memory ({@link
 * LogSnapshots}), so an evaluation that scores a hundred days reads the database once.
 *
 * <p>Account {@code i} is {@code accountIds().get(i)}, in the order {@link
 * io.sway.loader.neo4j.SnapshotExtractor} numbers them (by id), so snapshots cut from the log
 * match the extractor's vertex for vertex. Days are UTC days ({@link LocalDate#toEpochDay()}),
 * the resolution of a scoring window.
 *
 * <ul>
 *   <li><b>Engagements</b>: one entry per interaction: the actor, the engaged account (the post's
 *       author, or the account interacted with directly), the {@link InteractionType} and the
 *       day; sorted by day. Self-engagement is kept here (it is activity) and left out of
 *       snapshots, as the extractor does.
 *   <li><b>Posts</b>: the author and the day of each post; sorted by day.
 *   <li><b>Follows</b>: follower, followee and the day the follow began ({@link #NO_DAY} when
 *       the data does not say: such a follow counts from the beginning).
 * </ul>
 *
 * <p>Memory: 13 bytes per engagement, 8 per post and 12 per follow, plus the account ids.
 * Instances are immutable.
 */
public final class ActivityLog {
  /** The day of a follow whose start is unknown: before every other day. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  private static final InteractionType[] TYPES = InteractionType.values();

  private final List<String> accountIds;
  private final int[] engagementActor;
  private final int[] engagementTarget;
  private final byte[] engagementType;
  private final int[] engagementDay;
  private final int[] postAuthor;
  private final int[] postDay;
  private final int[] follower;
  private final int[] followee;
  private final int[] followDay;

  private ActivityLog(
      List<String> accountIds,
      int[] engagementActor,
      int[] engagementTarget,
      byte[] engagementType,
      int[] engagementDay,
      int[] postAuthor,
      int[] postDay,
      int[] follower,
      int[] followee,
      int[] followDay) {
    this.accountIds = accountIds;
    this.engagementActor = engagementActor;
    this.engagementTarget = engagementTarget;
    this.engagementType = engagementType;
    this.engagementDay = engagementDay;
    this.postAuthor = postAuthor;
    this.postDay = postDay;
    this.follower = follower;
    this.followee = followee;
    this.followDay = followDay;
  }

  /** A builder for a log over {@code accountIds} (account {@code i} is the {@code i}-th id). */
  public static Builder builder(List<String> accountIds) {
    return new Builder(accountIds);
  }

  public List<String> accountIds() {
    return accountIds;
  }

  public int accountCount() {
    return accountIds.size();
  }

  public int engagementCount() {
    return engagementDay.length;
  }

  public int postCount() {
    return postDay.length;
  }

  public int followCount() {
    return followDay.length;
  }

  public int engagementActor(int engagement) {
    return engagementActor[engagement];
  }

  public int engagementTarget(int engagement) {
    return engagementTarget[engagement];
  }

  public InteractionType engagementType(int engagement) {
    return TYPES[engagementType[engagement]];
  }

  public int engagementDay(int engagement) {
    return engagementDay[engagement];
  }

  public int postAuthor(int post) {
    return postAuthor[post];
  }

  public int postDay(int post) {
    return postDay[post];
  }

  public int follower(int follow) {
    return follower[follow];
  }

  public int followee(int follow) {
    return followee[follow];
  }

  public int followDay(int follow) {
    return followDay[follow];
  }

  /** The first engagement on or after {@code day} (engagements are sorted by day). */
  public int firstEngagementOn(int day) {
    return lowerBound(engagementDay, day);
  }

  /** The first post on or after {@code day} (posts are sorted by day). */
  public int firstPostOn(int day) {
    return lowerBound(postDay, day);
  }

  /**
   * The first day with a post or an engagement, or {@link #NO_DAY} when the log holds neither.
   */
  public int firstActivityDay() {
    int first = Integer.MAX_VALUE;
    if (engagementDay.length > 0) {
      first = engagementDay[0];
    }
    if (postDay.length > 0) {
      first = Math.min(first, postDay[0]);
    }
    return first == Integer.MAX_VALUE ? NO_DAY : first;
  }

  /** The last day with a post or an engagement, or {@link #NO_DAY} when the log holds neither. */
  public int lastActivityDay() {
    int last = NO_DAY;
    if (engagementDay.length > 0) {
      last = engagementDay[engagementDay.length - 1];
    }
    if (postDay.length > 0) {
      last = Math.max(last, postDay[postDay.length - 1]);
    }
    return last;
  }

  /**
   * This log without the engagements {@code removed} selects; posts and follows are shared with
   * this log.
   */
  public ActivityLog withoutEngagements(EngagementFilter removed) {
    Objects.requireNonNull(removed, "removed");
    int kept = 0;
    boolean[] keep = new boolean[engagementDay.length];
    for (int e = 0; e < keep.length; e++) {
      keep[e] = !removed.removes(engagementActor[e], engagementTarget[e], engagementDay[e]);
      if (keep[e]) {
        kept++;
      }
    }
    int[] actor = new int[kept];
    int[] target = new int[kept];
    byte[] type = new byte[kept];
    int[] day = new int[kept];
    int next = 0;
    for (int e = 0; e < keep.length; e++) {
      if (keep[e]) {
        actor[next] = engagementActor[e];
        target[next] = engagementTarget[e];
        type[next] = engagementType[e];
        day[next] = engagementDay[e];
        next++;
      }
    }
    return new ActivityLog(
        accountIds, actor, target, type, day, postAuthor, postDay, follower, followee, followDay);
  }

  @Override
  public String toString() {
    return "ActivityLog[accounts=" + accountCount() + ", engagements=" + engagementCount()
        + ", posts=" + postCount() + ", follows=" + followCount() + "]";
  }

  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Collects a log's entries in any order; {@link #build()} sorts engagements and posts by day
   * (stably: entries of one day keep the order they were added in). Not thread-safe; builds once.
   */
  public static final class Builder {
    private final List<String> accountIds;
    private final IntArrayList engagementActor = new IntArrayList();
    private final IntArrayList engagementTarget = new IntArrayList();
    private final ByteArrayList engagementType = new ByteArrayList();
    private final IntArrayList engagementDay = new IntArrayList();
    private final IntArrayList postAuthor = new IntArrayList();
    private final IntArrayList postDay = new IntArrayList();
    private final IntArrayList follower = new IntArrayList();
    private final IntArrayList followee = new IntArrayList();
    private final IntArrayList followDay = new IntArrayList();
    private boolean built;

    private Builder(List<String> accountIds) {
      this.accountIds = List.copyOf(accountIds);
    }

    /** Adds an interaction of {@code actor} with {@code target}'s content on {@code day}. */
    public Builder addEngagement(int actor, int target, InteractionType type, int day) {
      requireNotBuilt();
      requireAccount("actor", actor);
      requireAccount("target", target);
      requireDay(day);
      engagementActor.add(actor);
      engagementTarget.add(target);
      engagementType.add((byte) type.ordinal());
      engagementDay.add(day);
      return this;
    }

    /** Adds a post by {@code author} on {@code day}. */
    public Builder addPost(int author, int day) {
      requireNotBuilt();
      requireAccount("author", author);
      requireDay(day);
      postAuthor.add(author);
      postDay.add(day);
      return this;
    }

    /** Adds a follow that began on {@code day}, or {@link #NO_DAY} when unknown. */
    public Builder addFollow(int follower, int followee, int day) {
      requireNotBuilt();
      requireAccount("follower", follower);
      requireAccount("followee", followee);
      this.follower.add(follower);
      this.followee.add(followee);
      followDay.add(day);
      return this;
    }

    /** Adds an interaction on a {@link LocalDate}. */
    public Builder addEngagement(int actor, int target, InteractionType type, LocalDate day) {
      return addEngagement(actor, target, type, Math.toIntExact(day.toEpochDay()));
    }

    /** Adds a post on a {@link LocalDate}. */
    public Builder addPost(int author, LocalDate day) {
      return addPost(author, Math.toIntExact(day.toEpochDay()));
    }

    public ActivityLog build() {
      requireNotBuilt();
      built = true;
      int[] engagementOrder = orderByDay(engagementDay.toArray());
      int[] postOrder = orderByDay(postDay.toArray());
      return new ActivityLog(
          accountIds,
          permute(engagementActor.toArray(), engagementOrder),
          permute(engagementTarget.toArray(), engagementOrder),
          permute(engagementType.toArray(), engagementOrder),
          permute(engagementDay.toArray(), engagementOrder),
          permute(postAuthor.toArray(), postOrder),
          permute(postDay.toArray(), postOrder),
          follower.toArray(),
          followee.toArray(),
          followDay.toArray());
    }

    /** Positions in ascending day, ties in insertion order: one primitive sort of packed keys. */
    private static int[] orderByDay(int[] days) {
      long[] keys = new long[days.length];
      for (int i = 0; i < days.length; i++) {
        keys[i] = ((long) days[i] << Integer.SIZE) | i;
      }
      Arrays.sort(keys);
      int[] order = new int[days.length];
      for (int i = 0; i < keys.length; i++) {
        order[i] = (int) keys[i];
      }
      return order;
    }

    private static int[] permute(int[] values, int[] order) {
      int[] permuted = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        permuted[i] = values[order[i]];
      }
      return permuted;
    }

    private static byte[] permute(byte[] values, int[] order) {
      byte[] permuted = new byte[order.length];
      for (int i = 0; i < order.length; i++) {
        permuted[i] = values[order[i]];
      }
      return permuted;
    }

    private void requireAccount(String role, int account) {
      if (account < 0 || account >= accountIds.size()) {
        throw new IllegalArgumentException(
            role + " must be an account in [0, " + accountIds.size() + "), was " + account);
      }
    }

    private static void requireDay(int day) {
      if (day == NO_DAY) {
        throw new IllegalArgumentException("posts and engagements need a day");
      }
    }

    private void requireNotBuilt() {
      if (built) {
        throw new IllegalStateException("this builder has already built its log");
      }
    }
  }
}
