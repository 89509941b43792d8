package io.sway.engine.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreSmoothingTest {
  private static final double TOLERANCE = 1e-12;
  private final ScoreSmoothing smoothing = ScoreSmoothing.defaults();

  @Test
  void firstValueIsTakenAsIs() {
    assertEquals(42.0, smoothing.smooth(Double.NaN, 42.0, 1), TOLERANCE);
  }

  @Test
  void oneDayMovesByAlphaOfTheGap() {
    assertEquals(10 + ScoreSmoothing.ALPHA_DEFAULT * 10, smoothing.smooth(10, 20, 1), TOLERANCE);
  }

  @Test
  void skippingDaysEqualsDailyUpdatesTowardsTheSameValue() {
    double daily = 10;
    for (int day = 0; day < 5; day++) {
      daily = smoothing.smooth(daily, 20, 1);
    }
    assertEquals(daily, smoothing.smooth(10, 20, 5), TOLERANCE);
  }

  @Test
  void rerunningTheSameDayChangesNothing() {
    assertEquals(10, smoothing.smooth(10, 20, 0), TOLERANCE);
  }

  @Test
  void aSuddenDropIsSpreadOverDays() {
    double value = 60;
    double first = smoothing.smooth(value, 0, 1);
    assertTrue(value - first < 20, "one idle day may not cost more than alpha of the gap");
    assertTrue(first > smoothing.smooth(first, 0, 1), "and it keeps decaying gradually");
  }

  @Test
  void arraysAreSmoothedElementWise() {
    assertArrayEquals(new double[] {13, 5}, new ScoreSmoothing(0.3).smooth(
        new double[] {10, Double.NaN},
        new double[] {20, 5}, 1), TOLERANCE);
  }

  @Test
  void badParametersAreRejectedNamingTheKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ScoreSmoothing(0));
    assertTrue(e.getMessage().contains("history.alpha") && e.getMessage().contains("0.0"));
    assertThrows(IllegalArgumentException.class, () -> new ScoreSmoothing(1.5));
    assertThrows(IllegalArgumentException.class, () -> new ScoreSmoothing(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> smoothing.smooth(1, 2, -1));
    assertThrows(IllegalArgumentException.class,
        () -> smoothing.smooth(new double[1], new double[2], 1));
  }
}
