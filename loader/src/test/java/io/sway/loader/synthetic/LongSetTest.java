package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LongSetTest {

  @Test
  void addsContainsAndClearsAcrossGrowth() {
    LongSet set = new LongSet();
    for (int round = 0; round < 3; round++) {
      for (long value = 0; value < 5_000; value += 3) {
        assertTrue(set.add(value * 1_000_003L));
        assertFalse(set.add(value * 1_000_003L));
      }
      assertTrue(set.contains(3L * 1_000_003L));
      assertFalse(set.contains(1L * 1_000_003L));
      set.clear();
      assertFalse(set.contains(3L * 1_000_003L));
    }
  }
}
