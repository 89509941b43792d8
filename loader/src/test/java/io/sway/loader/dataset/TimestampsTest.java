package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final long SEED = 20260301L;
  private static final int SAMPLES = 50_000;

  @Test
  void instantOffsetDateTimeAndDateAreAccepted() {
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), Timestamps.parse("2026-03-01T12:00:00Z"));
    assertEquals(
        Instant.parse("2026-03-01T10:00:00Z"), Timestamps.parse("2026-03-01T12:00:00+02:00"));
    assertEquals(
        Instant.parse("2026-03-01T14:30:00Z"), Timestamps.parse("2026-03-01T12:00:00-02:30"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), Timestamps.parse("2026-03-01"));
    assertEquals(
        Instant.parse("2026-03-01T12:00:00.250Z"), Timestamps.parse("2026-03-01T12:00:00.25Z"));
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), Timestamps.parse("2026-03-01T12:00Z"));
  }

  @Test
  void otherFormsAreRefused() {
    for (String bad :
        List.of(
            "2026-13-01",
            "2026-02-30",
            "2026-03-01T12:00:00",
            "01/03/2026",
            "1772366400",
            "yesterday",
            "2026-03-01T24:00:00Z",
            "2026-03-01T12:00:60Z",
            "2026-03-01T12:00:00+19:00",
            "2026-03-01T12:00:00.1234567891Z",
            "2026-03-01 12:00:00Z",
            "2026-03-1",
            "")) {
      assertNull(Timestamps.parse(bad), bad);
    }
  }

  @Test
  void fastPathAgreesWithJavaTime() {
    Random random = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      String text = randomTimestamp(random);
      assertEquals(Timestamps.parseWithJavaTime(text), Timestamps.parse(text), text);
    }
  }

  /** Mostly well-formed timestamps, with values near and beyond every range and some defects. */
  private static String randomTimestamp(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
    if (random.nextInt(4) == 0) {
      return text.toString();
    }
    text.append(random.nextInt(10) == 0 ? 't' : 'T');
    text.append(
        String.format(
            "%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
    if (random.nextInt(3) == 0) {
      text.append('.').append("123456789012".substring(0, random.nextInt(12)));
    }
    switch (random.nextInt(5)) {
      case 0 -> text.append('Z');
      case 1 -> text.append(random.nextInt(20) == 0 ? "z" : "Z");
      case 2 ->
          text.append(random.nextBoolean() ? '+' : '-')
              .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(62)));
      case 3 -> text.append(random.nextBoolean() ? "+0200" : "");
      default -> text.append(random.nextBoolean() ? "+00:00" : "-00:00");
    }
    if (random.nextInt(50) == 0) {
      text.setCharAt(random.nextInt(text.length()), 'x');
    }
    return text.toString();
  }
}
