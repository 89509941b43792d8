package io.sway.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpearmanCorrelationTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void tiedValuesShareTheMeanOfTheirRanks() {
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4},
        Ranks.average(new double[] {10, 20, 20, 30}), TOLERANCE);
    assertArrayEquals(new double[] {3, 3, 3, 1},
        Ranks.average(new double[] {7, 7, 7, -1}), TOLERANCE);
  }

  @Test
  void monotoneDataCorrelatesOneAndReversedDataMinusOne() {
    double[] x = {1, 2, 3, 4, 5};
    assertEquals(1.0, SpearmanCorrelation.of(x, new double[] {2, 4, 8, 16, 32}), TOLERANCE);
    assertEquals(-1.0, SpearmanCorrelation.of(x, new double[] {5, 3, 1, 0, -9}), TOLERANCE);
  }

  /**
   * x = (1, 2, 2, 3, 4) ranks (1, 2.5, 2.5, 4, 5); y = (1, 3, 2, 2, 5) ranks (1, 4, 2.5, 2.5, 5).
   * Both rank vectors have mean 3; deviations (−2, −.5, −.5, 1, 2) and (−2, 1, −.5, −.5, 2) give
   * covariance sum 4 − .5 + .25 − .5 + 4 = 7.25 and variance sums 9.5 and 9.5, so ρ = 7.25 / 9.5
   * = 29/38. (The no-ties shortcut 1 − 6Σd²/(n(n² − 1)) would say 1 − 6·4.5/120 = 0.775.)
   */
  @Test
  void correlationWithTiesMatchesTheHandComputedValue() {
    double rho = SpearmanCorrelation.of(
        new double[] {1, 2, 2, 3, 4}, new double[] {1, 3, 2, 2, 5});
    assertEquals(29.0 / 38.0, rho, TOLERANCE);
  }

  @Test
  void integerScoresCorrelateLikeTheirDoubles() {
    assertEquals(29.0 / 38.0,
        SpearmanCorrelation.of(new int[] {1, 2, 2, 3, 4}, new double[] {1, 3, 2, 2, 5}),
        TOLERANCE);
  }

  @Test
  void aConstantVariableLeavesTheCorrelationUndefined() {
    assertTrue(Double.isNaN(
        SpearmanCorrelation.of(new double[] {3, 3, 3}, new double[] {1, 2, 3})));
    assertTrue(Double.isNaN(SpearmanCorrelation.of(new double[] {1}, new double[] {2})));
  }

  @Test
  void mismatchedLengthsAndNaNAreRejected() {
    IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
        () -> SpearmanCorrelation.of(new double[] {1, 2}, new double[] {1}));
    assertTrue(lengths.getMessage().contains("2 x and 1 y"), lengths.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> SpearmanCorrelation.of(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertTrue(nan.getMessage().contains("value 1 is NaN"), nan.getMessage());
  }
}
