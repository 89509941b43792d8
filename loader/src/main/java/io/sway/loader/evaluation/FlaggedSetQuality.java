package io.sway.loader.evaluation;

import java.util.BitSet;

/**
 * How well a flagged set matches the true positives: precision = |flagged ∩ positive| /
 * |flagged| (NaN when nothing is flagged), recall = |flagged ∩ positive| / |positive| (NaN when
 * there are no positives).
 *
 * @param flagged the number of items flagged
 * @param positives the number of true positives in the population
 * @param truePositives the number flagged that are positive
 */
record FlaggedSetQuality(int flagged, int positives, int truePositives) {
  static FlaggedSetQuality of(BitSet flagged, BitSet positives) {
    BitSet hits = (BitSet) flagged.clone();
    hits.and(positives);
    return new FlaggedSetQuality(
        flagged.cardinality(), positives.cardinality(), hits.cardinality());
  }

  double precision() {
    return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
  }

  double recall() {
    return positives == 0 ? Double.NaN : (double) truePositives / positives;
  }
}
