package io.sway.loader.synthetic;

/**
 * The generator's only source of randomness: SplitMix64 (Steele, Lea, Flood, "Fast Splittable
 * Pseudorandom Number Generators", OOPSLA 2014), written out here so that the output depends on
 * nothing but the seed: no JDK generator whose algorithm could change between releases, and
 * {@link StrictMath} for every transcendental function so that results agree bit for bit on every
 * platform.
 *
 * <p>Streams are keyed: {@code SplitMix.of(seed, purpose, key)} always yields the same stream,
 * so any decision can be replayed later from its key instead of being stored (the follow phase and
 * the engagement phase both replay an account's followee draws this way).
 */
final class SplitMix {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double UNIT = 0x1.0p-53;

  private long state;

  private SplitMix(long state) {
    this.state = state;
  }

  /** The stream for one purpose and key, e.g. {@code of(seed, Purpose.FOLLOW_DRAWS, account)}. */
  static SplitMix of(long seed, long purpose, long key) {
    return new SplitMix(hash(seed, purpose, key));
  }

  /** The stream for one purpose and a pair of keys, e.g. an account and one of its posts. */
  static SplitMix of(long seed, long purpose, long key, long subKey) {
    return new SplitMix(hash(hash(seed, purpose, key), subKey));
  }

  /** The SplitMix64 finaliser: a bijection of 64-bit values that scatters every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long hash(long a, long b) {
    return mix(mix(a + GOLDEN_GAMMA) ^ (b * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
  }

  static long hash(long a, long b, long c) {
    return hash(hash(a, b), c);
  }

  /** A uniform number in [0,1) determined by the keys alone, for one-off coins. */
  static double unit(long a, long b, long c) {
    return (hash(a, b, c) >>> 11) * UNIT;
  }

  /** A uniform number in [0,1) determined by the keys alone, for one-off coins. */
  static double unit(long a, long b, long c, long d) {
    return (hash(hash(a, b, c), d) >>> 11) * UNIT;
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0,1). */
  double nextDouble() {
    return (nextLong() >>> 11) * UNIT;
  }

  /** Uniform in [0,bound); bound must be positive. Lemire's multiply-shift with rejection. */
  int nextInt(int bound) {
    long product = (nextLong() >>> 32) * bound;
    int low = (int) product;
    if (Integer.compareUnsigned(low, bound) < 0) {
      int threshold = Integer.remainderUnsigned(-bound, bound);
      while (Integer.compareUnsigned(low, threshold) < 0) {
        product = (nextLong() >>> 32) * bound;
        low = (int) product;
      }
    }
    return (int) (product >>> 32);
  }

  /** Uniform in [low,high). */
  double between(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /** Uniform whole number in [low,high). */
  long between(long low, long high) {
    return low + (long) ((high - low) * nextDouble());
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** Standard normal, by the Box-Muller transform (one value per call, for simple replay). */
  double gaussian() {
    double u = 1.0 - nextDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Lognormal with the given arithmetic mean and log-scale spread {@code sigma}. */
  double logNormalWithMean(double mean, double sigma) {
    return mean * StrictMath.exp(sigma * gaussian() - sigma * sigma / 2.0);
  }

  /** Pareto (type I, minimum 1) with tail exponent {@code alpha}, truncated at {@code cap}. */
  double pareto(double alpha, double cap) {
    double minimumTail = StrictMath.pow(cap, -alpha);
    double tail = minimumTail + (1.0 - minimumTail) * (1.0 - nextDouble());
    return StrictMath.pow(tail, -1.0 / alpha);
  }

  /** Poisson: by multiplication below {@code 30}, by the rounded normal approximation above. */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean < POISSON_EXACT_LIMIT) {
      double limit = StrictMath.exp(-mean);
      int count = 0;
      double product = nextDouble();
      while (product > limit) {
        count++;
        product *= nextDouble();
      }
      return count;
    }
    return (int) Math.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
  }

  private static final double POISSON_EXACT_LIMIT = 30.0;
}
