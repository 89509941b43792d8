package io.sway.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankResultTest {

  @Test
  void scoresAreHandedOverNotCopied() {
    double[] scores = {0.25, 0.75};

    RankResult result = new RankResult(scores, 3, true, 1e-10);

    assertSame(scores, result.scores());
    assertEquals(2, result.vertexCount());
    assertEquals(0.75, result.score(1));
  }

  @Test
  void equalityComparesScoresByValue() {
    RankResult a = new RankResult(new double[] {0.5, 0.5}, 2, true, 0.0);
    RankResult b = new RankResult(new double[] {0.5, 0.5}, 2, true, 0.0);
    RankResult c = new RankResult(new double[] {0.4, 0.6}, 2, true, 0.0);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertEquals(
        "RankResult[vertices=2, iterations=2, converged=true, lastDelta=0.0]", a.toString());
  }

  @Test
  void invalidValuesAreRejected() {
    var iterations =
        assertThrows(
            IllegalArgumentException.class, () -> new RankResult(new double[0], -1, true, 0.0));
    var delta =
        assertThrows(
            IllegalArgumentException.class, () -> new RankResult(new double[0], 1, true, -2.0));

    assertEquals("iterations must be >= 0, was -1", iterations.getMessage());
    assertEquals("lastDelta must be >= 0, was -2.0", delta.getMessage());
    assertThrows(NullPointerException.class, () -> new RankResult(null, 0, true, 0.0));
  }
}
