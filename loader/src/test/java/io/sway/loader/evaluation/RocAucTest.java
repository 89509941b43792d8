package io.sway.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class RocAucTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void perfectSeparationGivesOneAndTheReverseZero() {
    double[] scores = {0.1, 0.2, 0.8, 0.9};
    assertEquals(1.0, RocAuc.of(scores, bits(2, 3)), TOLERANCE);
    assertEquals(0.0, RocAuc.of(scores, bits(0, 1)), TOLERANCE);
  }

  @Test
  void aTieBetweenAPositiveAndANegativeCountsOneHalf() {
    assertEquals(0.5, RocAuc.of(new double[] {0.5, 0.5}, bits(0)), TOLERANCE);
    assertEquals(0.5, RocAuc.of(new double[] {0.3, 0.3, 0.3, 0.3}, bits(1, 2)), TOLERANCE);
  }

  /**
   * Positives score 0.4 and 0.8, negatives 0.1, 0.35 and 0.4. Of the six positive/negative pairs,
   * the 0.4 positive beats 0.1 and 0.35 and ties 0.4 (2.5), the 0.8 positive beats all three (3):
   * AUC = 5.5 / 6.
   */
  @Test
  void aucWithATieMatchesTheHandCountedPairs() {
    double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
    assertEquals(5.5 / 6, RocAuc.of(scores, bits(1, 3)), TOLERANCE);
  }

  @Test
  void withoutBothClassesTheAucIsUndefined() {
    assertTrue(Double.isNaN(RocAuc.of(new double[] {0.1, 0.2}, bits())));
    assertTrue(Double.isNaN(RocAuc.of(new double[] {0.1, 0.2}, bits(0, 1))));
  }

  @Test
  void aPositiveOutsideTheScoresIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RocAuc.of(new double[] {0.1, 0.2}, bits(5)));
    assertTrue(e.getMessage().contains("positive 5"), e.getMessage());
  }

  static BitSet bits(int... indices) {
    BitSet bits = new BitSet();
    for (int i : indices) {
      bits.set(i);
    }
    return bits;
  }
}
