package io.sway.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void oddCountsTakeTheMiddleValueAndEvenCountsTheMeanOfTheTwo() {
    Summary odd = Summary.of(new double[] {5, -1, 3});
    assertEquals(3, odd.count());
    assertEquals(7.0 / 3, odd.mean(), 1e-12);
    assertEquals(3.0, odd.median());
    assertEquals(-1.0, odd.min());
    assertEquals(5.0, odd.max());
    assertEquals(2.0, Summary.of(new double[] {4, 0, 1, 3}).median());
  }

  @Test
  void anEmptySetHasNoStatisticsRatherThanZeros() {
    Summary empty = Summary.of(new double[0]);
    assertEquals(0, empty.count());
    assertNull(empty.mean());
    assertNull(empty.median());
    assertNull(empty.max());
  }
}
