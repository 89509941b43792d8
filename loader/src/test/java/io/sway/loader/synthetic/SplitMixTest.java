package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMixTest {
  private static final int DRAWS = 200_000;
  private static final double TOLERANCE = 0.02;

  @Test
  void sameKeysGiveTheSameStream() {
    SplitMix a = SplitMix.of(1, Purpose.POST, 7, 3);
    SplitMix b = SplitMix.of(1, Purpose.POST, 7, 3);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
    assertNotEquals(SplitMix.of(1, Purpose.POST, 7, 4).nextLong(),
        SplitMix.of(1, Purpose.POST, 7, 3).nextLong());
  }

  @Test
  void firstValuesArePinnedSoOutputCannotDriftSilently() {
    assertEquals(0xe220a8397b1dcdafL, new SplitMixProbe(0).next());
  }

  @Test
  void nextIntStaysInBoundsAndIsUniform() {
    SplitMix random = SplitMix.of(2, 0, 0);
    int[] counts = new int[10];
    for (int i = 0; i < DRAWS; i++) {
      counts[random.nextInt(10)]++;
    }
    for (int count : counts) {
      assertEquals(0.1, (double) count / DRAWS, TOLERANCE);
    }
  }

  @Test
  void distributionsHaveTheirMeans() {
    SplitMix random = SplitMix.of(3, 0, 0);
    double logNormal = 0;
    double poissonSmall = 0;
    double poissonLarge = 0;
    for (int i = 0; i < DRAWS; i++) {
      logNormal += random.logNormalWithMean(5.0, 0.5);
      poissonSmall += random.poisson(2.5);
      poissonLarge += random.poisson(80);
    }
    assertEquals(5.0, logNormal / DRAWS, 5.0 * TOLERANCE);
    assertEquals(2.5, poissonSmall / DRAWS, 2.5 * TOLERANCE);
    assertEquals(80, poissonLarge / DRAWS, 80 * TOLERANCE);
  }

  @Test
  void paretoHasItsTailAndRespectsTheCap() {
    SplitMix random = SplitMix.of(4, 0, 0);
    int aboveTen = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = random.pareto(1.5, 1_000);
      assertTrue(x >= 1.0 && x <= 1_000, "pareto " + x);
      aboveTen += x >= 10 ? 1 : 0;
    }
    assertEquals(Math.pow(10, -1.5), (double) aboveTen / DRAWS, 0.003);
  }

  /** The reference SplitMix64 sequence for seed 0, as published with the algorithm. */
  private static final class SplitMixProbe {
    private long state;

    SplitMixProbe(long seed) {
      state = seed;
    }

    long next() {
      state += 0x9E3779B97F4A7C15L;
      long value = SplitMix.mix(state);
      return value;
    }
  }
}
