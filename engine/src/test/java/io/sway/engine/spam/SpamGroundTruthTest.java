package io.sway.engine.spam;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Spam detection measured against a generated network's {@code is_spam} labels, without a
 * database. Off by default; run it on a folder written by {@code sway generate}:
 *
 * <pre>
 *   sway generate --accounts 20000 --seed 7 --out /tmp/gen20k
 *   ./mvnw -B -q -pl engine test -Dtest=SpamGroundTruthTest -Dsway.groundTruth=/tmp/gen20k \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The window is the last {@value #WINDOW_DAYS} days of the data, the product's default. Prints ROC
 * AUC of the spam probability, and precision and recall of the flagged set.
 */
@EnabledIfSystemProperty(named = "sway.groundTruth", matches = ".+")
class SpamGroundTruthTest {
  /** The product's default window. */
  static final int WINDOW_DAYS = 90;

  /** The target of the model issue. */
  private static final double MIN_ROC_AUC = 0.95;

  /** Flags must be mostly right: a flagged account loses its reach and influence. */
  private static final double MIN_PRECISION = 0.9;

  @Test
  void spamProbabilityRanksFakesAboveGenuineAccounts() {
    Path folder = Path.of(System.getProperty("sway.groundTruth"));
    Measurement m = measure(folder, SpamConfig.defaults());
    System.out.println(m);

    assertTrue(m.rocAuc >= MIN_ROC_AUC, "ROC AUC " + m.rocAuc);
    assertTrue(m.precision() >= MIN_PRECISION, "precision " + m.precision());
  }

  static Measurement measure(Path folder, SpamConfig config) {
    long start = System.nanoTime();
    GeneratedNetwork network = GeneratedNetwork.read(folder, WINDOW_DAYS);
    long read = System.nanoTime();
    SpamResult result = new SpamDetector(network.activity(), config).compute();
    long computed = System.nanoTime();
    boolean[] spam = network.spam();
    int flagged = 0;
    int flaggedSpam = 0;
    int spamCount = 0;
    for (int v = 0; v < spam.length; v++) {
      spamCount += spam[v] ? 1 : 0;
      if (result.flagged()[v]) {
        flagged++;
        flaggedSpam += spam[v] ? 1 : 0;
      }
    }
    return new Measurement(folder, spam.length, spamCount, rocAuc(result.probability(), spam),
        flagged, flaggedSpam, result, (read - start) / 1e9, (computed - read) / 1e9);
  }

  /** ROC AUC by the Mann–Whitney U statistic, tied scores sharing their average rank. */
  static double rocAuc(double[] score, boolean[] positive) {
    int n = score.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double positiveRankSum = 0.0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          positiveRankSum += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  record Measurement(Path folder, int accounts, int spam, double rocAuc, int flagged,
      int flaggedSpam, SpamResult result, double readSeconds, double computeSeconds) {

    double precision() {
      return flagged == 0 ? Double.NaN : (double) flaggedSpam / flagged;
    }

    double recall() {
      return spam == 0 ? Double.NaN : (double) flaggedSpam / spam;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%s: %d accounts, %d spam; ROC AUC %.5f; flagged %d, of which spam %d: precision %.4f,"
              + " recall %.4f; %s; read %.1f s, detect %.1f s",
          folder, accounts, spam, rocAuc, flagged, flaggedSpam, precision(), recall(),
          result.provenance(), readSeconds, computeSeconds);
    }
  }
}
