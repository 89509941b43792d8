package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.RocAucTest.bits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlaggedSetQualityTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void precisionIsTheSpamShareOfTheFlaggedAndRecallTheFlaggedShareOfTheSpam() {
    FlaggedSetQuality quality = FlaggedSetQuality.of(bits(0, 1, 2, 3), bits(1, 3, 5));
    assertEquals(4, quality.flagged());
    assertEquals(3, quality.positives());
    assertEquals(2, quality.truePositives());
    assertEquals(0.5, quality.precision(), TOLERANCE);
    assertEquals(2.0 / 3, quality.recall(), TOLERANCE);
  }

  @Test
  void flaggingNothingLeavesPrecisionUndefinedAndRecallZero() {
    FlaggedSetQuality quality = FlaggedSetQuality.of(bits(), bits(1, 2));
    assertTrue(Double.isNaN(quality.precision()));
    assertEquals(0.0, quality.recall(), TOLERANCE);
  }

  @Test
  void withoutPositivesRecallIsUndefined() {
    FlaggedSetQuality quality = FlaggedSetQuality.of(bits(4), bits());
    assertEquals(0.0, quality.precision(), TOLERANCE);
    assertTrue(Double.isNaN(quality.recall()));
  }
}
