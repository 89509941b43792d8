package io.sway.engine.spam;

import static io.sway.engine.Checks.requireLength;

import java.util.Arrays;
import java.util.Objects;

/**
 * Spam and inactivity per account, and how they were obtained.
 *
 * <p>Ownership: the arrays are handed over, not copied (one entry per account); nobody may modify
 * them after the result is built. Equality compares them element by element.
 *
 * @param probability the spam probability of each account, in {@code [0, 1]}
 * @param flagged whether the account is flagged as spam: {@code probability >= threshold}
 * @param inactive whether the account posted nothing and engaged with no one in the inactivity
 *     span ({@link SpamConfig#inactivityDays()})
 * @param reason the main reason for the probability, in words
 * @param trust the trust propagation behind the probability: trust per account, the rounds run
 *     and the seeds used
 * @param seeds the seeds that were chosen, and how
 * @param threshold the flag threshold
 */
public record SpamResult(
    double[] probability,
    boolean[] flagged,
    boolean[] inactive,
    String[] reason,
    TrustResult trust,
    TrustSeeds seeds,
    double threshold) {

  public SpamResult {
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(seeds, "seeds");
    int n = probability.length;
    requireLength("flagged", flagged.length, n);
    requireLength("inactive", inactive.length, n);
    requireLength("reason", reason.length, n);
    requireLength("trust", trust.accountCount(), n);
  }

  /** The number of accounts. */
  public int accountCount() {
    return probability.length;
  }

  /** The trust propagation rounds run. */
  public int rounds() {
    return trust.rounds();
  }

  /** How many accounts are flagged as spam. */
  public int flaggedCount() {
    return count(flagged);
  }

  /** How many accounts are inactive. */
  public int inactiveCount() {
    return count(inactive);
  }

  /** How the result was obtained, in one line. */
  public String provenance() {
    return "SybilRank trust, " + trust.rounds() + " rounds from " + trust.seeds()
        + " seeds (" + seeds.description() + "), threshold " + threshold;
  }

  private static int count(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      if (flag) {
        count++;
      }
    }
    return count;
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof SpamResult other
        && Double.compare(threshold, other.threshold) == 0
        && Arrays.equals(probability, other.probability)
        && Arrays.equals(flagged, other.flagged)
        && Arrays.equals(inactive, other.inactive)
        && Arrays.equals(reason, other.reason)
        && trust.equals(other.trust)
        && seeds.equals(other.seeds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(probability), Arrays.hashCode(flagged),
        Arrays.hashCode(inactive), Arrays.hashCode(reason), trust, seeds, threshold);
  }

  @Override
  public String toString() {
    return "SpamResult[accounts=" + probability.length + ", flagged=" + flaggedCount()
        + ", inactive=" + inactiveCount() + ", " + provenance() + "]";
  }
}
