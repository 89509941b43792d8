package io.sway.loader.neo4j;

import java.util.Arrays;

/**
 * Orders rows by a time in seconds, ties by a caller's comparison, so that an extraction yields
 * the same order whichever way (and in whatever order) its rows arrived.
 *
 * <p>Rows are bucketed by second with a counting sort, which costs one pass over the rows and one
 * over the span of seconds; only rows that share a second are compared. A span wider than {@link
 * #MAX_BUCKETS} seconds (over two years) falls back to a comparison sort.
 */
final class TimeOrder {
  /** The widest span of seconds the counting sort takes: 2^26 s, about 2.1 years. */
  static final int MAX_BUCKETS = 1 << 26;

  private static final int INSERTION_SORT_MAX = 16;

  /** How two rows with the same second compare. */
  @FunctionalInterface
  interface TieBreak {
    int compare(int a, int b);
  }

  private TimeOrder() {}

  /** The row indexes 0..n-1 ordered by {@code seconds}, ties by {@code tieBreak}. */
  static int[] of(long[] seconds, int n, TieBreak tieBreak) {
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, seconds[i]);
      max = Math.max(max, seconds[i]);
    }
    if (max - min >= MAX_BUCKETS) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> {
        int bySecond = Long.compare(seconds[a], seconds[b]);
        return bySecond != 0 ? bySecond : tieBreak.compare(a, b);
      });
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
    int buckets = (int) (max - min) + 1;
    int[] start = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      start[(int) (seconds[i] - min) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, buckets);
    for (int i = 0; i < n; i++) {
      order[next[(int) (seconds[i] - min)]++] = i;
    }
    int runStart = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || seconds[order[i]] != seconds[order[runStart]]) {
        sortRun(order, runStart, i, tieBreak);
        runStart = i;
      }
    }
    return order;
  }

  private static void sortRun(int[] order, int from, int to, TieBreak tieBreak) {
    int length = to - from;
    if (length < 2) {
      return;
    }
    if (length <= INSERTION_SORT_MAX) {
      for (int i = from + 1; i < to; i++) {
        int row = order[i];
        int j = i - 1;
        while (j >= from && tieBreak.compare(order[j], row) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = row;
      }
      return;
    }
    Integer[] run = new Integer[length];
    for (int i = 0; i < length; i++) {
      run[i] = order[from + i];
    }
    Arrays.sort(run, tieBreak::compare);
    for (int i = 0; i < length; i++) {
      order[from + i] = run[i];
    }
  }
}
