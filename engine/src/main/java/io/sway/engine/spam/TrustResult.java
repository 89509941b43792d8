package io.sway.engine.spam;

import java.util.Arrays;
import java.util.Objects;

/**
 * Trust per account and how it was obtained.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may modify them after the result is
 * built.
 *
 * @param trust the trust each account holds after the last round; sums to 1 over the accounts
 *     reachable from a seed (0 everywhere when no seed was used)
 * @param normalisedTrust degree-normalised trust {@code t(v) / d(v)} relative to its stationary
 *     value {@code 1 / D}: 1 for an account as trusted as fully mixed trust would make it, 0 for
 *     an account no trust reached or that has no ties
 * @param rounds the rounds run: 0 when there was no usable seed
 * @param seeds the seeds used (distinct, with at least one tie)
 */
public record TrustResult(double[] trust, double[] normalisedTrust, int rounds, int seeds) {

  public TrustResult {
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(normalisedTrust, "normalisedTrust");
    if (trust.length != normalisedTrust.length) {
      throw new IllegalArgumentException("trust and normalisedTrust must have equal lengths, had "
          + trust.length + " and " + normalisedTrust.length);
    }
    if (rounds < 0) {
      throw new IllegalArgumentException("rounds must be >= 0, was " + rounds);
    }
    if (seeds < 0) {
      throw new IllegalArgumentException("seeds must be >= 0, was " + seeds);
    }
  }

  /** The number of accounts. */
  public int accountCount() {
    return trust.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrustResult other
        && rounds == other.rounds
        && seeds == other.seeds
        && Arrays.equals(trust, other.trust)
        && Arrays.equals(normalisedTrust, other.normalisedTrust);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(trust), Arrays.hashCode(normalisedTrust), rounds, seeds);
  }

  @Override
  public String toString() {
    return "TrustResult[accounts=" + trust.length + ", rounds=" + rounds + ", seeds=" + seeds + "]";
  }
}
