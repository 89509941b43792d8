package io.sway.loader.dataset;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamps of a dataset: an ISO-8601 instant ({@code 2026-03-01T12:00:00Z}), an offset
 * date-time ({@code 2026-03-01T12:00:00+02:00}), or a date ({@code 2026-03-01}, meaning midnight
 * UTC). A date-time without an offset is refused: it names no instant.
 *
 * <p>{@link OffsetDateTime#parse} and {@link LocalDate#parse} decide what is valid. Their general
 * resolver costs a few microseconds per value, which adds up over tens of millions of rows, so the
 * usual shapes ({@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)}) are read by hand
 * first, giving the same instant; anything else, valid or not, goes to {@code java.time}.
 */
final class Timestamps {
  private Timestamps() {}

  /** The expected forms, for error messages. */
  static final String EXPECTED = "expected ISO-8601 like 2026-03-01T12:00:00Z or 2026-03-01";

  private static final char TIME_SEPARATOR = 'T';
  private static final int DATE_LENGTH = "2026-03-01".length();
  private static final int DATE_TIME_LENGTH = "2026-03-01T12:00:00".length();
  private static final int OFFSET_LENGTH = "+02:00".length();
  private static final int MAX_FRACTION_DIGITS = 9;
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int SECONDS_PER_HOUR = 3_600;
  private static final int SECONDS_PER_MINUTE = 60;
  private static final int HOURS_PER_DAY = 24;
  private static final int MINUTES_PER_HOUR = 60;
  private static final int MAX_OFFSET_HOURS = 18;
  private static final int NOT_A_NUMBER = -1;

  /** The instant {@code text} names, or null when it is not one of the accepted forms. */
  static Instant parse(String text) {
    Instant common = parseCommonShape(text);
    return common != null ? common : parseWithJavaTime(text);
  }

  /** Like {@link #parse}, with {@code java.time} only: the reference for the fast path. */
  static Instant parseWithJavaTime(String text) {
    try {
      if (text.indexOf(TIME_SEPARATOR) < 0) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The instant of a value of a usual shape with values in range, else null. */
  private static Instant parseCommonShape(String text) {
    int length = text.length();
    if (length < DATE_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year == NOT_A_NUMBER || month == NOT_A_NUMBER || day == NOT_A_NUMBER) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    if (length == DATE_LENGTH) {
      return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY);
    }
    if (length < DATE_TIME_LENGTH + 1
        || text.charAt(10) != TIME_SEPARATOR
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour == NOT_A_NUMBER
        || hour >= HOURS_PER_DAY
        || minute == NOT_A_NUMBER
        || minute >= MINUTES_PER_HOUR
        || second == NOT_A_NUMBER
        || second >= SECONDS_PER_MINUTE) {
      return null;
    }
    int position = DATE_TIME_LENGTH;
    int nanos = 0;
    if (text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && isDigit(text.charAt(position))) {
        position++;
      }
      int fractionDigits = position - start;
      if (fractionDigits == 0 || fractionDigits > MAX_FRACTION_DIGITS) {
        return null;
      }
      nanos = digits(text, start, fractionDigits);
      for (int i = fractionDigits; i < MAX_FRACTION_DIGITS; i++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(text, position);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long seconds =
        epochDay * SECONDS_PER_DAY
            + hour * SECONDS_PER_HOUR
            + minute * SECONDS_PER_MINUTE
            + second
            - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The offset {@code Z} or {@code ±HH:mm} ending {@code text} at {@code position}, in seconds. */
  private static int offsetSeconds(String text, int position) {
    int remaining = text.length() - position;
    if (remaining == 1 && text.charAt(position) == 'Z') {
      return 0;
    }
    if (remaining != OFFSET_LENGTH || text.charAt(position + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = text.charAt(position);
    int hours = digits(text, position + 1, 2);
    int minutes = digits(text, position + 4, 2);
    if ((sign != '+' && sign != '-')
        || hours == NOT_A_NUMBER
        || minutes == NOT_A_NUMBER
        || minutes >= MINUTES_PER_HOUR
        || hours > MAX_OFFSET_HOURS
        || (hours == MAX_OFFSET_HOURS && minutes > 0)) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE;
    return sign == '+' ? seconds : -seconds;
  }

  /** The decimal number of {@code count} ASCII digits from {@code start}, or NOT_A_NUMBER. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return NOT_A_NUMBER;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
