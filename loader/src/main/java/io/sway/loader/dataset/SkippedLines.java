package io.sway.loader.dataset;

import java.util.Arrays;

/**
 * The lines of one file whose rows the validation set aside as harmless duplicates, in ascending
 * order. Every later pass skips exactly these lines, so all consumers see the same rows without
 * repeating the duplicate detection.
 */
final class SkippedLines {
  private static final int INITIAL_CAPACITY = 16;

  private long[] lines = new long[INITIAL_CAPACITY];
  private int size;

  /** Records {@code line}, which must follow every line recorded before. */
  void add(long line) {
    if (size > 0 && line <= lines[size - 1]) {
      throw new IllegalArgumentException(
          "lines must be added in ascending order, got " + line + " after " + lines[size - 1]);
    }
    if (size == lines.length) {
      lines = Arrays.copyOf(lines, size * 2);
    }
    lines[size++] = line;
  }

  int size() {
    return size;
  }

  /** A reader for one pass over the file, asked about each line in ascending order. */
  Cursor cursor() {
    return new Cursor();
  }

  final class Cursor {
    private int next;

    /** Whether the row starting on {@code line} is to be skipped. */
    boolean skips(long line) {
      while (next < size && lines[next] < line) {
        next++;
      }
      return next < size && lines[next] == line;
    }
  }
}
