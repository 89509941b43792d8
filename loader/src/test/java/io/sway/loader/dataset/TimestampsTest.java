package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  @Test
  void instantOffsetDateTimeAndDateAreAccepted() {
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), Timestamps.parse("2026-03-01T12:00:00Z"));
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), Timestamps.parse("2026-03-01T12:00:00+02:00"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), Timestamps.parse("2026-03-01"));
    assertEquals(Instant.parse("2026-03-01T12:00:00.250Z"), Timestamps.parse("2026-03-01T12:00:00.25Z"));
  }

  @Test
  void otherFormsAreRefused() {
    assertNull(Timestamps.parse("2026-13-01"));
    assertNull(Timestamps.parse("2026-02-30"));
    assertNull(Timestamps.parse("2026-03-01T12:00:00"));
    assertNull(Timestamps.parse("01/03/2026"));
    assertNull(Timestamps.parse("1772366400"));
    assertNull(Timestamps.parse("yesterday"));
  }
}
