package io.sway.loader.dataset;

import java.time.Instant;
import java.util.Arrays;

/**
 * The interactions seen so far, to find exact duplicates among tens of millions of rows: an
 * open-addressing table of 128-bit keys (two adjacent {@code long}s, so a probe reads one cache
 * line), linear probing, at most {@value #MAX_LOAD_PERCENT}% full; 16 bytes per slot.
 *
 * <p>An interaction is identified by its actor, type, time and what it engages with: the post when
 * there is one (a target given with a post must be the post's author, so it adds nothing), else the
 * target account. The first {@code long} holds the actor and the post or target exactly. The second
 * holds the type and the time exactly when the time has whole milliseconds, which is every
 * timestamp of the usual forms; a time with finer digits is hashed into 63 bits, so two rows of the
 * same actor and post whose times differ below the millisecond could, with odds of about one in
 * 2<sup>63</sup>, be taken for duplicates.
 */
final class InteractionKeySet {
  static final int MAX_LOAD_PERCENT = 70;

  private static final int INITIAL_SLOTS = 1 << 10;
  private static final int MAX_SLOTS = 1 << 29;
  private static final long EMPTY = -1L;
  private static final long TARGET_FLAG = 1L << 31;
  private static final int TYPE_BITS = 3;
  private static final long MILLIS_LIMIT = 1L << 57;
  private static final long SECONDS_LIMIT = MILLIS_LIMIT / 1_000;
  private static final int NANOS_PER_MILLI = 1_000_000;
  private static final long HASHED_FLAG = Long.MIN_VALUE;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /**
   * Slot {@code i} is {@code table[2i]} (high, {@link #EMPTY} when free) and {@code table[2i+1]}.
   */
  private long[] table = newTable(INITIAL_SLOTS);

  private int size;

  /**
   * Adds an interaction; false when an equal one was added before.
   *
   * @param actor the actor's account index
   * @param post the post index, or a negative value when there is no post
   * @param target the target account index, used only when there is no post
   */
  boolean add(int actor, InteractionType type, int post, int target, Instant at) {
    long high = ((long) actor << Integer.SIZE) | (post >= 0 ? post : TARGET_FLAG | target);
    long low = timeAndType(at, type);
    if (!insert(table, high, low)) {
      return false;
    }
    size++;
    if ((long) size * 100 > (long) slots(table) * MAX_LOAD_PERCENT) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  /** Puts the key into {@code into}; false when it is there already. */
  private static boolean insert(long[] into, long high, long low) {
    int mask = slots(into) - 1;
    int slot = (int) mix(high * GOLDEN ^ low) & mask;
    while (into[2 * slot] != EMPTY) {
      if (into[2 * slot] == high && into[2 * slot + 1] == low) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    into[2 * slot] = high;
    into[2 * slot + 1] = low;
    return true;
  }

  private static long timeAndType(Instant at, InteractionType type) {
    long seconds = at.getEpochSecond();
    int nanos = at.getNano();
    if (nanos % NANOS_PER_MILLI == 0 && Math.abs(seconds) < SECONDS_LIMIT) {
      long millis = seconds * 1_000 + nanos / NANOS_PER_MILLI;
      return ((millis + MILLIS_LIMIT) << TYPE_BITS) | type.ordinal();
    }
    long hash = mix(mix(seconds * GOLDEN + nanos) + type.ordinal());
    return HASHED_FLAG | (hash >>> 1);
  }

  /** The finalizer of MurmurHash3: spreads every input bit over the whole result. */
  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  private void grow() {
    if (slots(table) >= MAX_SLOTS) {
      throw new IllegalStateException(
          "more than " + size + " distinct interactions: too many to check for duplicates");
    }
    long[] grown = newTable(slots(table) * 2);
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        insert(grown, table[i], table[i + 1]);
      }
    }
    table = grown;
  }

  private static int slots(long[] table) {
    return table.length / 2;
  }

  private static long[] newTable(int slots) {
    long[] table = new long[2 * slots];
    Arrays.fill(table, EMPTY);
    return table;
  }
}
