package io.sway.loader.imports;

import java.util.Arrays;

/**
 * Splits one line of a source file into fields without copying it, and parses fields as
 * non-negative integers. Reusable: each split replaces the fields of the previous line.
 *
 * <p>Two separators: runs of spaces and tabs (SNAP edge lists), where leading and trailing blanks
 * are no fields; or one character (LDBC's {@code |}), where every separator starts a field, empty
 * or not, and there is no quoting.
 */
final class LineFields {
  /** Returned by {@link #number} for a field that is not a non-negative decimal integer. */
  static final long NOT_A_NUMBER = -1;

  private static final int DECIMAL = 10;

  private int[] starts;
  private int[] ends;
  private String line = "";
  private int count;

  /** @param capacity the number of fields a line usually has; more are handled too */
  LineFields(int capacity) {
    starts = new int[Math.max(1, capacity)];
    ends = new int[starts.length];
  }

  /** Splits {@code text} on runs of spaces and tabs and returns the number of fields. */
  int splitOnBlanks(String text) {
    line = text;
    count = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      while (i < length && isBlank(text.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      int start = i;
      while (i < length && !isBlank(text.charAt(i))) {
        i++;
      }
      add(start, i);
    }
    return count;
  }

  /** Splits {@code text} at each {@code separator} and returns the number of fields. */
  int splitOn(String text, char separator) {
    line = text;
    count = 0;
    int start = 0;
    int end;
    while ((end = text.indexOf(separator, start)) >= 0) {
      add(start, end);
      start = end + 1;
    }
    add(start, text.length());
    return count;
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** Whether the line holds no field or is a comment (its first field starts with {@code #}). */
  boolean isBlankOrComment() {
    return count == 0 || (ends[0] > starts[0] && line.charAt(starts[0]) == '#');
  }

  String text(int field) {
    return line.substring(starts[field], ends[field]);
  }

  /** The field as a non-negative decimal integer, or {@link #NOT_A_NUMBER}. */
  long number(int field) {
    return parseNonNegative(line, starts[field], ends[field]);
  }

  /**
   * The characters {@code text[begin, end)} as a non-negative integer, or {@link #NOT_A_NUMBER}
   * when they are empty, hold anything but the digits 0-9, or exceed {@link Long#MAX_VALUE}.
   */
  static long parseNonNegative(CharSequence text, int begin, int end) {
    if (begin >= end) {
      return NOT_A_NUMBER;
    }
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_A_NUMBER;
      }
    }
    try {
      return Long.parseLong(text, begin, end, DECIMAL);
    } catch (NumberFormatException e) {
      return NOT_A_NUMBER;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
