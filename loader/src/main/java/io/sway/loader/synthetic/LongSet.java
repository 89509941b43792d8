package io.sway.loader.synthetic;

import java.util.Arrays;

/**
 * A set of non-negative {@code long}s by open addressing, reused between accounts: {@link #clear}
 * costs O(size), not O(capacity), so a celebrity's large set does not slow down every later
 * account.
 */
final class LongSet {
  private static final long EMPTY = -1;
  private static final int INITIAL_CAPACITY = 64;

  private long[] slots = new long[INITIAL_CAPACITY];
  private long[] members = new long[INITIAL_CAPACITY];
  private int size;

  LongSet() {
    Arrays.fill(slots, EMPTY);
  }

  /** Adds {@code value}; returns false when it was present already. */
  boolean add(long value) {
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int slot = spread(value) & mask; ; slot = (slot + 1) & mask) {
      if (slots[slot] == EMPTY) {
        slots[slot] = value;
        if (size == members.length) {
          members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = value;
        return true;
      }
      if (slots[slot] == value) {
        return false;
      }
    }
  }

  boolean contains(long value) {
    int mask = slots.length - 1;
    for (int slot = spread(value) & mask; ; slot = (slot + 1) & mask) {
      if (slots[slot] == EMPTY) {
        return false;
      }
      if (slots[slot] == value) {
        return true;
      }
    }
  }

  void clear() {
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      long value = members[i];
      int slot = spread(value) & mask;
      while (slots[slot] != value) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = EMPTY;
    }
    size = 0;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    Arrays.fill(slots, EMPTY);
    int mask = slots.length - 1;
    for (long value : old) {
      if (value != EMPTY) {
        int slot = spread(value) & mask;
        while (slots[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = value;
      }
    }
  }

  private static int spread(long value) {
    return (int) SplitMix.mix(value);
  }
}
