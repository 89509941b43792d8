package io.sway.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRankConfigTest {

  @Test
  void defaultsAreTheNamedConstants() {
    PageRankConfig defaults = PageRankConfig.defaults();

    assertEquals(PageRankConfig.DAMPING_DEFAULT, defaults.damping());
    assertEquals(PageRankConfig.MAX_ITERATIONS_DEFAULT, defaults.maxIterations());
    assertEquals(PageRankConfig.TOLERANCE_DEFAULT, defaults.tolerance());
    assertEquals(new PageRankConfig(0.85, 20, 1e-9), defaults);
  }

  @Test
  void withersChangeOneParameter() {
    PageRankConfig config =
        PageRankConfig.defaults().withDamping(0.5).withMaxIterations(7).withTolerance(1e-3);

    assertEquals(new PageRankConfig(0.5, 7, 1e-3), config);
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertEquals(0.0, new PageRankConfig(0.0, 1, Double.MIN_VALUE).damping());
    assertEquals(Math.nextDown(1.0), new PageRankConfig(Math.nextDown(1.0), 1, 1.0).damping());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 1.2, -0.1, Double.NaN, Double.NEGATIVE_INFINITY})
  void dampingOutsideTheUnitIntervalIsRejected(double damping) {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new PageRankConfig(damping, 20, 1e-9));

    assertEquals("damping must be in [0,1), was " + damping, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void nonPositiveMaxIterationsIsRejected(int maxIterations) {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new PageRankConfig(0.85, maxIterations, 1e-9));

    assertEquals("maxIterations must be >= 1, was " + maxIterations, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1e-9, Double.NaN, Double.POSITIVE_INFINITY})
  void nonPositiveOrNonFiniteToleranceIsRejected(double tolerance) {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new PageRankConfig(0.85, 20, tolerance));

    assertEquals("tolerance must be finite and > 0, was " + tolerance, e.getMessage());
  }

  @Test
  void withersValidateToo() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> PageRankConfig.defaults().withDamping(1.2));

    assertEquals("damping must be in [0,1), was 1.2", e.getMessage());
  }
}
