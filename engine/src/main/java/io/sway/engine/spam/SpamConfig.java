package io.sway.engine.spam;

import java.util.List;
import java.util.Objects;

/**
 * Parameters of {@link SpamDetector}, validated on construction. Every key is named {@code spam.*}
 * in messages, as in the configuration file; each default is one named constant below, with its
 * unit.
 *
 * @param rounds trust propagation rounds, {@code >= 0}; {@link #ROUNDS_AUTOMATIC} (0) means
 *     {@code ⌈log2 n⌉} for {@code n} accounts, SybilRank's {@code O(log n)}
 * @param followWeight weight of a follow tie in the trust graph, finite and {@code >= 0}
 * @param engagementWeight weight of an engagement tie in the trust graph, finite and {@code >= 0}
 * @param oneSidedShare the share of its weight a tie keeps when only one side took part (a
 *     follow not followed back, engagement not returned), in {@code [0, 1]}
 * @param verifiedSeeds whether verified accounts are trust seeds
 * @param automaticSeedShare automatic seeds per network, as a share of the network's accounts, in
 *     {@code (0, 1]}
 * @param automaticSeedMinimum the fewest automatic seeds a network gets (if it has that many
 *     candidates), {@code >= 1}
 * @param automaticSeedMinAgeDays how old, in days at the end of the window, an account must be to
 *     be chosen as an automatic seed, finite and {@code >= 0}
 * @param trustedLevel the normalised trust (1 = fully mixed level) from which a follower counts as
 *     trusted, finite and {@code > 0}
 * @param trustedFollowersSaturation how many trusted followers clear the endorsement term
 *     completely, {@code >= 1}
 * @param trustDecades how many powers of ten below the fully mixed level normalised trust must
 *     fall for the low-trust term to reach its maximum, finite and {@code > 0}
 * @param cohortWindowHours two accounts created within this many hours of each other belong to
 *     one creation cohort, finite and {@code > 0}
 * @param youngAgeDays accounts younger than this, in days, score on the youth term, finite and
 *     {@code > 0}
 * @param inactivityDays an account is inactive when it posted nothing and engaged with no one in
 *     the last this-many days of the window, {@code >= 0}; {@link #INACTIVITY_WHOLE_WINDOW} (0)
 *     means the whole window
 * @param threshold the spam probability from which an account is flagged, in {@code (0, 1)}
 * @param coefficients the weights of the spam model's terms
 * @param seeds ids of accounts an operator trusts, used as trust seeds beside the verified ones
 *     (empty by default); every id must name an account of the dataset
 */
public record SpamConfig(
    int rounds,
    double followWeight,
    double engagementWeight,
    double oneSidedShare,
    boolean verifiedSeeds,
    double automaticSeedShare,
    int automaticSeedMinimum,
    double automaticSeedMinAgeDays,
    double trustedLevel,
    int trustedFollowersSaturation,
    double trustDecades,
    double cohortWindowHours,
    double youngAgeDays,
    int inactivityDays,
    double threshold,
    Coefficients coefficients,
    List<String> seeds) {

  /** {@link #rounds()} value that asks for {@code ⌈log2 n⌉} rounds (the default). */
  public static final int ROUNDS_AUTOMATIC = 0;

  /** A follow tie, both ways, weighs 1 (the unit of tie weight). */
  public static final double FOLLOW_WEIGHT_DEFAULT = 1.0;

  /**
   * Engagement both ways in the window weighs as much as a mutual follow: either is a tie both
   * people chose.
   */
  public static final double ENGAGEMENT_WEIGHT_DEFAULT = 1.0;

  /**
   * One-sided ties carry no trust by default: anyone can follow or like anyone, so a fake account
   * creates them alone, and in SybilRank's undirected walk trust would flow back along them.
   * Measured on the generated ground truth, a share of even 0.02 lets fake followers of popular
   * accounts look as trusted as those accounts' real neighbours.
   */
  public static final double ONE_SIDED_SHARE_DEFAULT = 0.0;

  /** Verified accounts are seeds: a platform has checked who runs them. */
  public static final boolean VERIFIED_SEEDS_DEFAULT = true;

  /** One automatic seed per thousand accounts of a network. */
  public static final double AUTOMATIC_SEED_SHARE_DEFAULT = 0.001;

  /** At least 10 automatic seeds per network, so that one odd seed cannot dominate. */
  public static final int AUTOMATIC_SEED_MINIMUM_DEFAULT = 10;

  /** Automatic seeds are at least 180 days old: a farm must age its accounts to be chosen. */
  public static final double AUTOMATIC_SEED_MIN_AGE_DAYS_DEFAULT = 180.0;

  /** A follower counts as trusted from half the fully mixed trust level. */
  public static final double TRUSTED_LEVEL_DEFAULT = 0.5;

  /** Ten trusted followers are endorsement enough. */
  public static final int TRUSTED_FOLLOWERS_SATURATION_DEFAULT = 10;

  /** Trust 1,000 times below the mixed level (three powers of ten) is as low as it counts. */
  public static final double TRUST_DECADES_DEFAULT = 3.0;

  /** Accounts created within a day of each other form a cohort (hours). */
  public static final double COHORT_WINDOW_HOURS_DEFAULT = 24.0;

  /** Accounts younger than a year (days) score on the youth term. */
  public static final double YOUNG_AGE_DAYS_DEFAULT = 365.0;

  /** {@link #inactivityDays()} value meaning the whole window (the default). */
  public static final int INACTIVITY_WHOLE_WINDOW = 0;

  /** Flag from a spam probability of 0.5: more likely spam than not. */
  public static final double THRESHOLD_DEFAULT = 0.5;

  private static final SpamConfig DEFAULTS =
      new SpamConfig(
          ROUNDS_AUTOMATIC,
          FOLLOW_WEIGHT_DEFAULT,
          ENGAGEMENT_WEIGHT_DEFAULT,
          ONE_SIDED_SHARE_DEFAULT,
          VERIFIED_SEEDS_DEFAULT,
          AUTOMATIC_SEED_SHARE_DEFAULT,
          AUTOMATIC_SEED_MINIMUM_DEFAULT,
          AUTOMATIC_SEED_MIN_AGE_DAYS_DEFAULT,
          TRUSTED_LEVEL_DEFAULT,
          TRUSTED_FOLLOWERS_SATURATION_DEFAULT,
          TRUST_DECADES_DEFAULT,
          COHORT_WINDOW_HOURS_DEFAULT,
          YOUNG_AGE_DAYS_DEFAULT,
          INACTIVITY_WHOLE_WINDOW,
          THRESHOLD_DEFAULT,
          Coefficients.defaults(),
          List.of());

  /**
   * @throws IllegalArgumentException naming the key and its value, if one is out of range
   */
  public SpamConfig {
    requireAtLeast("spam.rounds", rounds, 0);
    requireWeight("spam.followWeight", followWeight);
    requireWeight("spam.engagementWeight", engagementWeight);
    if (!(oneSidedShare >= 0.0 && oneSidedShare <= 1.0)) {
      throw new IllegalArgumentException(
          "spam.oneSidedShare must be in [0,1], was " + oneSidedShare);
    }
    if (!(automaticSeedShare > 0.0 && automaticSeedShare <= 1.0)) {
      throw new IllegalArgumentException(
          "spam.automaticSeedShare must be in (0,1], was " + automaticSeedShare);
    }
    requireAtLeast("spam.automaticSeedMinimum", automaticSeedMinimum, 1);
    requireWeight("spam.automaticSeedMinAgeDays", automaticSeedMinAgeDays);
    requirePositive("spam.trustedLevel", trustedLevel);
    requireAtLeast("spam.trustedFollowersSaturation", trustedFollowersSaturation, 1);
    requirePositive("spam.trustDecades", trustDecades);
    requirePositive("spam.cohortWindowHours", cohortWindowHours);
    requirePositive("spam.youngAgeDays", youngAgeDays);
    requireAtLeast("spam.inactivityDays", inactivityDays, 0);
    if (!(threshold > 0.0 && threshold < 1.0)) {
      throw new IllegalArgumentException("spam.threshold must be in (0,1), was " + threshold);
    }
    Objects.requireNonNull(coefficients, "spam.coefficients");
    Objects.requireNonNull(seeds, "spam.seeds");
    for (int i = 0; i < seeds.size(); i++) {
      if (seeds.get(i) == null || seeds.get(i).isBlank()) {
        throw new IllegalArgumentException(
            "spam.seeds[" + i + "] must be an account id, was " + seeds.get(i));
      }
    }
    seeds = List.copyOf(seeds);
  }

  /** Every parameter at its named default. */
  public static SpamConfig defaults() {
    return DEFAULTS;
  }

  /** The rounds to run on {@code accountCount} accounts: {@link #rounds()}, or {@code ⌈log2 n⌉}. */
  public int roundsFor(int accountCount) {
    return rounds == ROUNDS_AUTOMATIC ? TrustPropagation.defaultRounds(accountCount) : rounds;
  }

  /** This config with another number of rounds. */
  public SpamConfig withRounds(int newRounds) {
    return new SpamConfig(newRounds, followWeight, engagementWeight, oneSidedShare, verifiedSeeds,
        automaticSeedShare, automaticSeedMinimum, automaticSeedMinAgeDays, trustedLevel,
        trustedFollowersSaturation, trustDecades, cohortWindowHours, youngAgeDays,
        inactivityDays, threshold, coefficients, seeds);
  }

  /** This config with verified accounts used as seeds or not. */
  public SpamConfig withVerifiedSeeds(boolean newVerifiedSeeds) {
    return new SpamConfig(rounds, followWeight, engagementWeight, oneSidedShare, newVerifiedSeeds,
        automaticSeedShare, automaticSeedMinimum, automaticSeedMinAgeDays, trustedLevel,
        trustedFollowersSaturation, trustDecades, cohortWindowHours, youngAgeDays,
        inactivityDays, threshold, coefficients, seeds);
  }

  /** This config with another inactivity span. */
  public SpamConfig withInactivityDays(int newInactivityDays) {
    return new SpamConfig(rounds, followWeight, engagementWeight, oneSidedShare, verifiedSeeds,
        automaticSeedShare, automaticSeedMinimum, automaticSeedMinAgeDays, trustedLevel,
        trustedFollowersSaturation, trustDecades, cohortWindowHours, youngAgeDays,
        newInactivityDays, threshold, coefficients, seeds);
  }

  /** This config with another flag threshold. */
  public SpamConfig withThreshold(double newThreshold) {
    return new SpamConfig(rounds, followWeight, engagementWeight, oneSidedShare, verifiedSeeds,
        automaticSeedShare, automaticSeedMinimum, automaticSeedMinAgeDays, trustedLevel,
        trustedFollowersSaturation, trustDecades, cohortWindowHours, youngAgeDays,
        inactivityDays, newThreshold, coefficients, seeds);
  }

  /**
   * The weights of the spam model, {@link SpamDetector}: {@code logit p = intercept + sum of
   * coefficient × term}, every term in {@code [0, 1]} and pointing towards spam, so every term
   * coefficient is {@code >= 0}. A coefficient is the log-odds a term adds at full strength: 2.2
   * multiplies the odds by 9. Set by hand from what each signal means (see {@link SpamDetector}),
   * not fitted at run time.
   *
   * @param intercept log-odds of an account with no spam signal at all, finite
   * @param lowTrust weight of low degree-normalised trust on an account that has ties
   * @param noMutualTie weight of having no two-sided tie at all (trust cannot judge it)
   * @param unendorsed weight of having few trusted followers
   * @param cohort weight of the share of follow ties inside the account's creation cohort
   * @param silent weight of no post and no engagement given in the window
   * @param young weight of youth (1 at creation, 0 from {@code youngAgeDays} on)
   */
  public record Coefficients(
      double intercept,
      double lowTrust,
      double noMutualTie,
      double unendorsed,
      double cohort,
      double silent,
      double young) {

    /**
     * An account with no signal has odds of about 1 to 1,100 of being spam (p ≈ 0.001): most
     * accounts are genuine, and a flag must come from evidence, at least two signals together.
     */
    public static final double INTERCEPT_DEFAULT = -7.0;

    /**
     * Ties, but trust did not reach them: the signature of a sybil region behind few attack
     * edges, SybilRank's main signal; alone p ≈ 0.02, since a small genuine circle that no seed
     * reaches in time looks the same: it needs a second signal.
     */
    public static final double LOW_TRUST_DEFAULT = 3.0;

    /** No two-sided tie at all: the absence of evidence rather than evidence, so weak. */
    public static final double NO_MUTUAL_TIE_DEFAULT = 1.5;

    /**
     * Nobody trusted chose to follow it: the strongest single signal on the ground truth (fake
     * followers and farm accounts have none; genuine accounts almost always some), and the one a
     * farm cannot forge without genuine accounts' consent; alone p ≈ 0.12, since some genuine
     * people have no audience.
     */
    public static final double UNENDORSED_DEFAULT = 5.0;

    /**
     * All of its follow ties inside its creation cohort: accounts made together that follow each
     * other, what a farm looks like and genuine people almost never do; alone p = 0.5.
     */
    public static final double COHORT_DEFAULT = 7.0;

    /**
     * No post and no engagement given in the window: what a bought follower does; alone p ≈ 0.01,
     * since many genuine people only read.
     */
    public static final double SILENT_DEFAULT = 2.5;

    /** New accounts are more often fake; weak, since every genuine account was new once. */
    public static final double YOUNG_DEFAULT = 2.0;

    private static final Coefficients DEFAULTS =
        new Coefficients(INTERCEPT_DEFAULT, LOW_TRUST_DEFAULT, NO_MUTUAL_TIE_DEFAULT,
            UNENDORSED_DEFAULT, COHORT_DEFAULT, SILENT_DEFAULT, YOUNG_DEFAULT);

    /**
     * @throws IllegalArgumentException naming the key and its value, if one is out of range
     */
    public Coefficients {
      if (!Double.isFinite(intercept)) {
        throw new IllegalArgumentException(
            "spam.coefficients.intercept must be finite, was " + intercept);
      }
      requireWeight("spam.coefficients.lowTrust", lowTrust);
      requireWeight("spam.coefficients.noMutualTie", noMutualTie);
      requireWeight("spam.coefficients.unendorsed", unendorsed);
      requireWeight("spam.coefficients.cohort", cohort);
      requireWeight("spam.coefficients.silent", silent);
      requireWeight("spam.coefficients.young", young);
    }

    /** Every coefficient at its named default. */
    public static Coefficients defaults() {
      return DEFAULTS;
    }
  }

  private static void requireAtLeast(String key, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(key + " must be >= " + minimum + ", was " + value);
    }
  }

  private static void requireWeight(String key, double value) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(key + " must be finite and >= 0, was " + value);
    }
  }

  private static void requirePositive(String key, double value) {
    if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(key + " must be finite and > 0, was " + value);
    }
  }
}
