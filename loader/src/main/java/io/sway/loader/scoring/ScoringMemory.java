package io.sway.loader.scoring;

import io.sway.loader.neo4j.ModelResultWriter;
import io.sway.loader.neo4j.SwayDatabase;
import java.util.Locale;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The heap a scoring run needs, estimated from the size of the graph before anything is read, and
 * the check that refuses a run that would not fit instead of letting it fail with an {@link
 * OutOfMemoryError} half-way.
 *
 * <p>{@code needed = GC_HEADROOM × (FIXED + accounts × PER_ACCOUNT + follows × PER_FOLLOW + posts ×
 * PER_POST + interactions × PER_INTERACTION)}, compared with what the heap has left ({@code max −
 * used}). The counts are the whole graph's, read from Neo4j's count store at no cost, so for a
 * graph holding more history than the window they bound the run from above.
 *
 * <p>The figures are peak live data measured on generated networks (README, "Reliability"): a full
 * collection forced every second during {@code sway score} on an embedded database, the largest
 * heap after one, less the heap in use before the run; accounts, follows and interactions were
 * varied one at a time (20,000 accounts with 0.4M and 1.5M follows, 0.2M and 0.56M interactions;
 * 60,000 accounts). The peak comes while results are written: the rows of every account at once,
 * the extracted activity still held, and the embedded database's state of one write batch of
 * {@value ModelResultWriter#BATCH_SIZE_DEFAULT} accounts, which does not grow with the graph
 * ({@link #FIXED}; against a remote server that state lives in the server, and the estimate is
 * high). The per-element figures are rounded up from the measured ones.
 */
public final class ScoringMemory {
  /** Peak live bytes per account: its id and index entries, model arrays, its result row. */
  public static final long PER_ACCOUNT = 2_048;

  /** Peak live bytes per follow: the follow arrays and the graphs built from them. */
  public static final long PER_FOLLOW = 16;

  /** Peak live bytes per post: its id and index entry, author, time, topics, amplification. */
  public static final long PER_POST = 256;

  /** Peak live bytes per interaction: the event arrays, their sort and the engagement graph. */
  public static final long PER_INTERACTION = 128;

  /** Peak live bytes of a run of any size: mostly the embedded database's write batch. */
  public static final long FIXED = 200L << 20;

  /**
   * Heap per byte of live data: a collector needs room beyond the live data, or it runs back to
   * back and the run crawls to an {@link OutOfMemoryError} anyway.
   */
  public static final double GC_HEADROOM = 1.25;

  private static final long MIB = 1L << 20;

  /** Margin on the heap suggested in a refusal, so that the next try is not refused again. */
  private static final double SUGGESTION_MARGIN = 1.1;

  private static final String COUNTS =
      """
      CALL () { MATCH (a:Account) RETURN count(a) AS accounts }
      CALL () { MATCH ()-[r:FOLLOWS]->() RETURN count(r) AS follows }
      CALL () { MATCH (p:Post) RETURN count(p) AS posts }
      CALL () {
        MATCH ()-[r:RESHARED]->() RETURN count(r) AS n
        UNION ALL MATCH ()-[r:REPLIED]->() RETURN count(r) AS n
        UNION ALL MATCH ()-[r:QUOTED]->() RETURN count(r) AS n
        UNION ALL MATCH ()-[r:LIKED]->() RETURN count(r) AS n
        UNION ALL MATCH ()-[r:MENTIONED]->() RETURN count(r) AS n
      }
      RETURN accounts, follows, posts, sum(n) AS interactions
      """;

  private ScoringMemory() {}

  /** What a run reads: the counts the estimate is made from. */
  public record GraphSize(long accounts, long follows, long posts, long interactions) {
    /** The counts of {@code database}'s whole graph (Neo4j answers them from its count store). */
    public static GraphSize of(SwayDatabase database) {
      try (Session session = database.session()) {
        Record r = session.run(COUNTS).single();
        return new GraphSize(r.get("accounts").asLong(), r.get("follows").asLong(),
            r.get("posts").asLong(), r.get("interactions").asLong());
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d accounts, %,d follows, %,d posts and %,d interactions",
          accounts, follows, posts, interactions);
    }
  }

  /** The heap as the check sees it; {@link #RUNTIME} is this JVM's. */
  public interface Heap {
    /** The most the heap may grow to ({@link Runtime#maxMemory()}). */
    long max();

    /** The heap in use now, garbage included. */
    long used();

    /** Frees what can be freed before a refusal is decided; does nothing by default. */
    default void collect() {}

    Heap RUNTIME = new Heap() {
      @Override
      public long max() {
        return Runtime.getRuntime().maxMemory();
      }

      @Override
      public long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
      }

      @Override
      public void collect() {
        System.gc();
      }
    };

    /** A heap that never refuses: the check is skipped. */
    Heap UNCHECKED = of(Long.MAX_VALUE, 0);

    /** A heap of fixed figures, for tests. */
    static Heap of(long max, long used) {
      return new Heap() {
        @Override
        public long max() {
          return max;
        }

        @Override
        public long used() {
          return used;
        }
      };
    }
  }

  /** The estimated bytes a run over {@code size} needs beyond what is already in use. */
  public static long needed(GraphSize size) {
    long live =
        FIXED
            + size.accounts() * PER_ACCOUNT
            + size.follows() * PER_FOLLOW
            + size.posts() * PER_POST
            + size.interactions() * PER_INTERACTION;
    return (long) Math.ceil(live * GC_HEADROOM);
  }

  /**
   * Refuses a run over {@code size} that does not fit in what {@code heap} has left ({@code max −
   * used}, measured again after a collection before refusing).
   *
   * @throws NotEnoughMemoryException saying what is needed, what is available and how to raise it
   */
  public static void require(GraphSize size, Heap heap) {
    long needed = needed(size);
    if (needed <= heap.max() - heap.used()) {
      return;
    }
    heap.collect();
    long used = heap.used();
    long available = heap.max() - used;
    if (needed > available) {
      throw new NotEnoughMemoryException(size, needed, available, heap.max(), used,
          suggestedHeap(used + needed));
    }
  }

  /** A heap size to suggest for {@code bytes}, with a margin, in MiB or GiB as {@code -Xmx} takes it. */
  static String suggestedHeap(long bytes) {
    long mib = (long) Math.ceil(bytes * SUGGESTION_MARGIN / MIB);
    if (mib >= 1024) {
      return ((mib + 1023) / 1024) + "g";
    }
    return ((mib + 63) / 64 * 64) + "m";
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", (bytes + MIB - 1) / MIB);
  }
}
