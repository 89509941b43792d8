package io.sway.loader.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
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

  private LdbcTimestamps() {}

  /** The instant {@code text} names, or null when it is none of the accepted forms. */
  static Instant parse(String text) {
    long millis = LineFields.parseNonNegative(text, 0, text.length());
    if (millis != LineFields.NOT_A_NUMBER) {
      return Instant.ofEpochMilli(millis);
    }
    try {
      return OffsetDateTime.parse(text, DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
