package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Test helpers: days around a fixed date, and account ids {@code a0 .. a(n-1)}. */
final class Days {
  static final LocalDate T = LocalDate.of(2026, 6, 23);
  static final int T_DAY = (int) T.toEpochDay();

  private Days() {}

  static int day(int offsetFromT) {
    return T_DAY + offsetFromT;
  }

  static List<String> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> "a" + i).toList();
  }
}
