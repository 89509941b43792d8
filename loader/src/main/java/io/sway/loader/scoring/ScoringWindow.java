package io.sway.loader.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The sliding window of a run as of a day: from midnight UTC {@code days} days before {@code
 * asOf} to the last instant of {@code asOf}, both ends included.
 */
public record ScoringWindow(LocalDate asOf, Instant from, Instant to) {

  public static ScoringWindow asOf(LocalDate asOf, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("window must be >= 1 day, was " + days);
    }
    Instant to = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    Instant from = asOf.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new ScoringWindow(asOf, from, to);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && !instant.isAfter(to);
  }
}
