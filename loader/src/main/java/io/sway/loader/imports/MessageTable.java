package io.sway.loader.imports;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * The creator of each message (post or comment) of one kind, by message id, and whether its row
 * has been written yet: one {@code long} key and one {@code long} value per message. A creator
 * {@code c} is stored as {@code c} until the row is written and as {@code -1 - c} after, since
 * LDBC ids are non-negative.
 */
final class MessageTable {
  static final long ABSENT = -1;

  private final LongLongHashMap creators = new LongLongHashMap();

  /** Records {@code person} as the creator of {@code message}; false if it already had one. */
  boolean addCreator(long message, long person) {
    if (creators.containsKey(message)) {
      return false;
    }
    creators.put(message, person);
    return true;
  }

  /** Whether {@code message} has a creator, i.e. exists. */
  boolean contains(long message) {
    return creators.containsKey(message);
  }

  /** The creator of {@code message}, or {@link #ABSENT}. */
  long creator(long message) {
    if (!creators.containsKey(message)) {
      return ABSENT;
    }
    long stored = creators.get(message);
    return stored < 0 ? -1 - stored : stored;
  }

  /**
   * Marks the row of {@code message}, which must have a creator, written; false if it was already
   * (a duplicate row).
   */
  boolean markWritten(long message) {
    if (!creators.containsKey(message)) {
      throw new IllegalStateException("message " + message + " has no creator");
    }
    long stored = creators.get(message);
    if (stored < 0) {
      return false;
    }
    creators.put(message, -1 - stored);
    return true;
  }

  /** A message with a creator but no row written, or {@link #ABSENT} when every row was. */
  long firstUnwritten() {
    long[] unwritten = {ABSENT};
    creators.forEachKeyValue((message, stored) -> {
      if (stored >= 0 && (unwritten[0] == ABSENT || message < unwritten[0])) {
        unwritten[0] = message;
      }
    });
    return unwritten[0];
  }
}
