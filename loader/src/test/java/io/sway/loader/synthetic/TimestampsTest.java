package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final int SAMPLES = 200_000;

  @Test
  void instantsReadExactlyAsInstantToString() {
    SplitMix random = SplitMix.of(1, 0, 0);
    long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2101-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < SAMPLES; i++) {
      long second = random.between(from, to);
      assertEquals(Instant.ofEpochSecond(second).toString(), Timestamps.instant(second));
    }
    for (String edge : new String[] {"2000-02-29T23:59:59Z", "2024-12-31T00:00:00Z",
        "2100-03-01T00:00:00Z", "1999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"}) {
      assertEquals(edge, Timestamps.instant(Instant.parse(edge).getEpochSecond()));
    }
    assertEquals("0800-01-01T00:00:00Z",
        Timestamps.instant(Instant.parse("0800-01-01T00:00:00Z").getEpochSecond()));
  }

  @Test
  void datesAreUtcDays() {
    long noon = LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 43_200;
    assertEquals("2026-03-01", Timestamps.date(noon));
  }
}
