package io.sway.loader.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The text forms of times in the written files. */
final class Timestamps {
  private Timestamps() {}

  /** {@code 2026-03-01T12:00:00Z}: an ISO-8601 instant at whole seconds. */
  static String instant(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  /** {@code 2026-03-01}: the UTC date of the instant. */
  static String date(long epochSecond) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).toString();
  }
}
