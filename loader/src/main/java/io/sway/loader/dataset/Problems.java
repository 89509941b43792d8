package io.sway.loader.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a dataset. The first {@link #LIMIT} are kept to show the user; the rest
 * are only counted, so a file that is wrong on every row does not fill the memory.
 */
final class Problems {
  /** How many problems are kept to be shown; the rest are counted. */
  static final int LIMIT = 50;

  /** Longest value quoted in full in a message; longer ones are cut. */
  private static final int QUOTE_LIMIT = 60;

  private final List<Problem> kept = new ArrayList<>();
  private long count;

  void add(Problem problem) {
    count++;
    if (kept.size() < LIMIT) {
      kept.add(problem);
    }
  }

  void add(String file, long line, String field, String message) {
    add(new Problem(file, line, field, message));
  }

  long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The first problem, for messages that need only one. */
  Problem first() {
    return kept.getFirst();
  }

  void throwIfAny() throws InvalidDatasetException {
    if (count > 0) {
      throw new InvalidDatasetException(kept, count);
    }
  }

  /** A value as shown in a message: in single quotes, cut when it is long. */
  static String quote(String value) {
    if (value.length() <= QUOTE_LIMIT) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, QUOTE_LIMIT) + "...' (" + value.length() + " characters)";
  }
}
