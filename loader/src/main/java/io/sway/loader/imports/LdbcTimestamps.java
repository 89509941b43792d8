package io.sway.loader.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Reads the date-times of LDBC SNB files: {@code 2010-02-14T15:32:10.447+0000} (the Hadoop
 * datagen's default), the same with {@code +00:00} or {@code Z}, or epoch milliseconds ({@code
 * 1266161530447}, the datagen's {@code LongDateFormatter}). A date-time without an offset is
 * refused: it names no instant.
 */
final class LdbcTimestamps {
  /** The accepted forms, for error messages. */
  static final String EXPECTED =
      "expected a date-time like 2010-02-14T15:32:10.447+0000 or epoch milliseconds";

  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  /** The datagen's own form, read without the general parser: {@code 2010-02-14T15:32:10.447+0000}. */
  private static final String DATAGEN_FORM = "dddd-dd-ddTdd:dd:dd.ddd+0000";

  private static final int NANOS_PER_MILLI = 1_000_000;

  private LdbcTimestamps() {}

  /** The instant {@code text} names, or null when it is none of the accepted forms. */
  static Instant parse(String text) {
    long millis = LineFields.parseNonNegative(text, 0, text.length());
    if (millis != LineFields.NOT_A_NUMBER) {
      return Instant.ofEpochMilli(millis);
    }
    if (hasDatagenForm(text)) {
      try {
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                number(text, 11, 13), number(text, 14, 16), number(text, 17, 19),
                number(text, 20, 23) * NANOS_PER_MILLI)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(text, DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether {@code text} is {@link #DATAGEN_FORM}, {@code d} standing for any digit. */
  private static boolean hasDatagenForm(String text) {
    if (text.length() != DATAGEN_FORM.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char expected = DATAGEN_FORM.charAt(i);
      char c = text.charAt(i);
      if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int begin, int end) {
    return (int) LineFields.parseNonNegative(text, begin, end);
  }
}
