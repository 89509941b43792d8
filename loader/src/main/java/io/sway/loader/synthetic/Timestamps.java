package io.sway.loader.synthetic;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The text forms of times in the written files. {@link #instant} formats directly (days to civil
 * date by Hinnant's {@code civil_from_days}), because {@link Instant#toString()} was the largest
 * single cost of writing follows; it produces exactly the same text.
 */
final class Timestamps {
  private Timestamps() {}

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long DAYS_FROM_0000_03_01_TO_EPOCH = 719_468;
  private static final long DAYS_PER_ERA = 146_097;
  private static final int MIN_FAST_YEAR = 1000;
  private static final int MAX_FAST_YEAR = 9999;

  /** {@code 2026-03-01T12:00:00Z}: an ISO-8601 instant at whole seconds. */
  static String instant(long epochSecond) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int second = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    long shifted = day + DAYS_FROM_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(shifted, DAYS_PER_ERA);
    long dayOfEra = shifted - era * DAYS_PER_ERA;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    int dayOfMonth = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < MIN_FAST_YEAR || year > MAX_FAST_YEAR) {
      return Instant.ofEpochSecond(epochSecond).toString();
    }
    char[] text = new char[20];
    digits(text, 0, (int) year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    text[7] = '-';
    digits(text, 8, dayOfMonth, 2);
    text[10] = 'T';
    digits(text, 11, second / 3600, 2);
    text[13] = ':';
    digits(text, 14, second / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, second % 60, 2);
    text[19] = 'Z';
    return new String(text);
  }

  /** {@code 2026-03-01}: the UTC date of the instant. */
  static String date(long epochSecond) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY)).toString();
  }

  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1, rest = value; i >= at; i--, rest /= 10) {
      text[i] = (char) ('0' + rest % 10);
    }
  }
}
