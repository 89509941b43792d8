package io.sway.loader.dataset;

import java.util.Arrays;

/**
 * Dense indexes 0..n-1 for the ids of one kind (accounts, posts, persons), in the order they were
 * added, and back.
 *
 * <p>An open-addressing table of {@code long}s, each holding a 32-bit hash of an id and its index,
 * at most half full, with linear probing. Probing compares hashes inside the table and touches an
 * id string only when its hash matches, so a lookup costs about one cache miss more than reading
 * the id itself: about 20 bytes per id besides the strings.
 */
final class IdIndex {
  static final int ABSENT = -1;

  private static final int INITIAL_CAPACITY = 1 << 4;
  private static final long EMPTY = 0L;

  private long[] table = new long[INITIAL_CAPACITY];
  private String[] ids = new String[INITIAL_CAPACITY];
  private int size;
  private boolean complete = true;

  /** The index of {@code id}, or {@link #ABSENT} when it is unknown or null. */
  int indexOf(String id) {
    if (id == null) {
      return ABSENT;
    }
    int hash = hash(id);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == EMPTY) {
        return ABSENT;
      }
      if ((int) (entry >>> Integer.SIZE) == hash) {
        int index = (int) entry - 1;
        if (ids[index].equals(id)) {
          return index;
        }
      }
    }
  }

  /** Adds {@code id}, which must not be known yet, and returns its new index. */
  int add(String id) {
    int index = size;
    if (index == ids.length) {
      ids = Arrays.copyOf(ids, Math.max(INITIAL_CAPACITY, index * 2));
    }
    ids[index] = id;
    size++;
    if ((long) size * 2 > table.length) {
      rehash(table.length * 2);
    } else {
      insert(hash(id), index);
    }
    return index;
  }

  /** The index of {@code id}, added first when it is unknown. */
  int indexOrAdd(String id) {
    int index = indexOf(id);
    return index == ABSENT ? add(id) : index;
  }

  String id(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index must be in [0, " + size + "), was " + index);
    }
    return ids[index];
  }

  int size() {
    return size;
  }

  /**
   * Whether every id of the file is here. False when some rows could not be read: then an id not
   * found may be on one of them, and is not to be reported as unknown.
   */
  boolean complete() {
    return complete;
  }

  void markIncomplete() {
    complete = false;
  }

  /** Releases spare capacity once no more ids will be added. */
  IdIndex compact() {
    ids = Arrays.copyOf(ids, size);
    return this;
  }

  private void insert(int hash, int index) {
    int mask = table.length - 1;
    int slot = hash & mask;
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    // index + 1, so that no entry equals EMPTY
    table[slot] = ((long) hash << Integer.SIZE) | (index + 1L);
  }

  private void rehash(int capacity) {
    table = new long[capacity];
    for (int i = 0; i < size; i++) {
      insert(hash(ids[i]), i);
    }
  }

  /** The finalizer of MurmurHash3 over {@link String#hashCode()}, for well-spread low bits. */
  private static int hash(String id) {
    int h = id.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
