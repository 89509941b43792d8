package io.sway.loader.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamps of a dataset: an ISO-8601 instant ({@code 2026-03-01T12:00:00Z}), an
 * offset date-time ({@code 2026-03-01T12:00:00+02:00}), or a date ({@code 2026-03-01}, meaning
 * midnight UTC). A date-time without an offset is refused: it names no instant.
 */
final class Timestamps {
  private Timestamps() {}

  /** The expected forms, for error messages. */
  static final String EXPECTED = "expected ISO-8601 like 2026-03-01T12:00:00Z or 2026-03-01";

  private static final char TIME_SEPARATOR = 'T';

  /** The instant {@code text} names, or null when it is not one of the accepted forms. */
  static Instant parse(String text) {
    try {
      if (text.indexOf(TIME_SEPARATOR) < 0) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
