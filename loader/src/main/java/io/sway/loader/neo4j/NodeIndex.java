package io.sway.loader.neo4j;

import java.util.Arrays;

/**
 * Maps Neo4j node ids to dense indexes 0..n-1 with open addressing on primitive arrays, so an
 * extraction of tens of millions of relationships resolves its endpoints without boxing.
 */
final class NodeIndex {
  private static final long EMPTY = -1L;
  private static final double MAX_LOAD = 0.5;
  private static final int MIN_CAPACITY = 16;

  private long[] keys;
  private int[] values;
  private int size;

  NodeIndex(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(MIN_CAPACITY, (int) (expectedSize / MAX_LOAD)) - 1) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
  }

  /** Maps {@code node} to {@code index}, replacing an earlier mapping. */
  void put(long node, int index) {
    if (size + 1 > keys.length * MAX_LOAD) {
      rehash(keys.length << 1);
    }
    int slot = slot(node);
    if (keys[slot] == EMPTY) {
      keys[slot] = node;
      size++;
    }
    values[slot] = index;
  }

  /** The index of {@code node}, or -1 when it has none. */
  int get(long node) {
    int slot = slot(node);
    return keys[slot] == EMPTY ? -1 : values[slot];
  }

  boolean contains(long node) {
    return keys[slot(node)] != EMPTY;
  }

  int size() {
    return size;
  }

  private int slot(long node) {
    int mask = keys.length - 1;
    int slot = (int) mix(node) & mask;
    while (keys[slot] != EMPTY && keys[slot] != node) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The finalizer of SplitMix64: spreads consecutive ids over the table. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
