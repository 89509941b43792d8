package io.sway.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {
  private final ScoreCalibration calibration = ScoreCalibration.defaults();

  @Test
  void documentedReferencePointsHold() {
    assertEquals(29, calibration.score(1, true));
    assertEquals(69, calibration.score(10, true));
    assertEquals(90, calibration.score(100, true));
    assertEquals(96, calibration.score(1_000, true));
    assertEquals(99, calibration.score(10_000, true));
  }

  @Test
  void nobodyReachesOneHundred() {
    assertEquals(ScoreCalibration.MAX_SCORE, calibration.score(1e12, true));
  }

  @Test
  void onlyInactiveAccountsScoreZero() {
    assertEquals(0, calibration.score(5, false));
    assertEquals(1, calibration.score(0, true));
  }

  @Test
  void scoreIsMonotone() {
    int previous = 0;
    for (double raw = 0; raw < 1e6; raw = raw * 1.3 + 0.01) {
      int score = calibration.score(raw, true);
      assertTrue(score >= previous, "score fell at raw " + raw);
      previous = score;
    }
  }

  @Test
  void badParametersAreRejectedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(-1));
    assertTrue(e.getMessage().contains("steepness") && e.getMessage().contains("-1.0"));
    assertThrows(IllegalArgumentException.class, () -> new ScoreCalibration(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> calibration.score(-0.5, true));
    assertThrows(IllegalArgumentException.class, () -> calibration.score(Double.NaN, true));
  }
}
