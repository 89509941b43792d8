package io.sway.engine.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpamResultTest {
  private static final TrustSeeds NO_SEEDS = new TrustSeeds(new int[0], 0, 0, 0, List.of(), List.of());

  private static TrustResult trust(int n) {
    return new TrustResult(new double[n], new double[n], 0, 0);
  }

  @Test
  void arraysOfDifferentLengthsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new SpamResult(
        new double[2], new boolean[2], new boolean[1], new String[2], trust(2), NO_SEEDS, 0.5));

    assertEquals("inactive must have 2 entries, had 1", e.getMessage());
  }

  @Test
  void equalityComparesContents() {
    SpamResult a = new SpamResult(new double[] {0.25}, new boolean[] {false},
        new boolean[] {true}, new String[] {"x"}, trust(1), NO_SEEDS, 0.5);
    SpamResult b = new SpamResult(new double[] {0.25}, new boolean[] {false},
        new boolean[] {true}, new String[] {"x"}, trust(1), NO_SEEDS, 0.5);
    SpamResult c = new SpamResult(new double[] {0.75}, new boolean[] {true},
        new boolean[] {true}, new String[] {"x"}, trust(1), NO_SEEDS, 0.5);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertEquals(1, c.flaggedCount());
    assertEquals(1, c.inactiveCount());
  }

  @Test
  void seedCountsMustAddUp() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TrustSeeds(new int[] {1, 2}, 1, 0, 0, List.of(), List.of()));

    assertEquals("configured + verified + automatic must equal the 2 seeds, was 1", e.getMessage());
  }
}
