package io.sway.loader.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LdbcTimestampsTest {
  @Test
  void datagenDateTimesWithOffsetWithoutColonAreRead() {
    assertEquals(Instant.parse("2010-02-14T15:32:10.447Z"), LdbcTimestamps.parse("2010-02-14T15:32:10.447+0000"));
    assertEquals(Instant.parse("2010-02-14T14:02:10.447Z"), LdbcTimestamps.parse("2010-02-14T15:32:10.447+0130"));
  }

  @Test
  void impossibleDatagenDateTimesAreRefused() {
    assertNull(LdbcTimestamps.parse("2010-02-30T15:32:10.447+0000"));
    assertNull(LdbcTimestamps.parse("2010-02-14T25:32:10.447+0000"));
  }

  @Test
  void isoOffsetsAndZuluAreRead() {
    assertEquals(Instant.parse("2010-02-14T15:32:10.447Z"), LdbcTimestamps.parse("2010-02-14T15:32:10.447+00:00"));
    assertEquals(Instant.parse("2010-02-14T15:32:10Z"), LdbcTimestamps.parse("2010-02-14T15:32:10Z"));
  }

  @Test
  void epochMillisecondsAreRead() {
    assertEquals(Instant.parse("2010-02-14T15:32:10.447Z"), LdbcTimestamps.parse("1266161530447"));
  }

  @Test
  void dateTimesWithoutOffsetAndOtherTextAreRefused() {
    assertNull(LdbcTimestamps.parse("2010-02-14T15:32:10.447"));
    assertNull(LdbcTimestamps.parse("2010-02-14"));
    assertNull(LdbcTimestamps.parse(""));
    assertNull(LdbcTimestamps.parse("-5"));
  }
}
