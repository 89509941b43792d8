package io.sway.engine.model;

import static io.sway.engine.Checks.requireLength;

import java.util.Objects;

/**
 * The score: the three parts combined into 1–100 with a fixed calibration (PRODUCT.md, "The
 * score"), each part's contribution, and a person's score from its accounts (R3).
 *
 * <h2>Audience</h2>
 *
 * Reach and influence are both counted in engaged accounts, so they add; amplification multiplies:
 *
 * <pre>
 *   audience = (reachWeight × reach + influenceWeight × influence) × (1 + amplificationBoost × amplification)
 * </pre>
 *
 * With the defaults (1, 1, 2) an account whose every post is amplified has three times the audience
 * of an account with the same engagers whose posts never are.
 *
 * <h2>Calibration</h2>
 *
 * A fixed curve, the logistic function of {@code ln(audience)}:
 *
 * <pre>
 *   score = 100 / (1 + (midpoint / audience)^steepness)     (0 when audience = 0)
 * </pre>
 *
 * It is monotone; logarithmic in nature, since the odds {@code score / (100 - score) =
 * (audience / midpoint)^steepness} grow by the factor {@code 10^steepness} for every tenfold
 * audience; below 100 for every finite audience (held below 100 in floating point too); and it
 * uses fixed constants only, so an account's score does not depend on who else is in the
 * population and nothing is re-ranked daily. An account with any activity in the window scores at
 * least 1; an account with none scores exactly 0 that day. The published score is the exponential
 * smoothing of these daily scores ({@link #published}), so an account that falls idle fades
 * gradually to 0. With the defaults (midpoint 100, steepness
 * 0.36):
 *
 * <pre>
 *   audience   1    10   100  1,000  10,000  100,000  1e6   1e7   1e8
 *   score     16    30    50     70      84       92   97   98.5  99.3
 * </pre>
 *
 * (Klout's public anchors: a typical blogger 48, the average "guru" about 70, Obama 99.) {@link
 * #points(double)} rounds a score for display: 1 to 99 for active accounts, 0 otherwise.
 *
 * <h2>Contributions</h2>
 *
 * Each part's points are its Shapley value: the average, over the six orders in which the three
 * parts can be added to an account that has none of them, of the score the part adds when it comes
 * in (a missing reach or influence counts 0, a missing amplification a multiplier of 1). Each part
 * gets {@code >= 0} points, and the three sum to the score. The curve's steep middle is thus shared
 * fairly rather than given to whichever part is counted first.
 *
 * <h2>Persons</h2>
 *
 * A person's audience is the p-norm of its accounts' audiences, {@code (Σ audience_i^p)^(1/p)},
 * scored on the same curve. Its accounts' audiences overlap (the same people follow someone on
 * several networks) and its attention is shared, so the person is more influential than its
 * strongest account but less than the sum: with {@code p = 2}, two equally strong accounts make
 * {@code √2 ≈ 1.41} times one account's audience, never twice, and a weak second account adds
 * almost nothing ({@code √(1 + 0.1²) ≈ 1.005}). The p-norm is a soft maximum: {@code p = 1} would
 * be the sum, {@code p → ∞} the strongest account.
 *
 * <p>Cost: {@code O(n)}, a few {@code pow} per account.
 */
public final class InfluenceScore {
  /** The highest score {@link #points(double)} displays: nobody reaches 100. */
  public static final int MAX_POINTS = 99;

  /** The lowest score of an account with any activity. */
  public static final double MIN_ACTIVE_SCORE = 1.0;

  /** Below this, the fading score of an account with no activity in the window is 0. */
  public static final double FADED_SCORE = 0.5;

  private static final double CEILING = 100.0;
  private static final double BELOW_CEILING = Math.nextDown(CEILING);

  /** Shapley weight of a marginal gain joining an empty or a two-part coalition, out of three. */
  private static final double EDGE_ORDER_WEIGHT = 1.0 / 3.0;

  /** Shapley weight of a marginal gain joining a one-part coalition, out of three. */
  private static final double MIDDLE_ORDER_WEIGHT = 1.0 / 6.0;

  private final ScoreConfig config;

  public InfluenceScore(ScoreConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ScoreConfig config() {
    return config;
  }

  /** The combined audience of the three parts, in effective engaged accounts. */
  public double audience(double reach, double influence, double amplification) {
    return (config.reachWeight() * reach + config.influenceWeight() * influence)
        * (1.0 + config.amplificationBoost() * amplification);
  }

  /** The calibration curve: 0 for an audience of 0, rising toward (never reaching) 100. */
  public double curve(double audience) {
    if (!(audience > 0.0)) {
      return 0.0;
    }
    double odds = Math.pow(config.midpoint() / audience, config.steepness());
    return Math.min(BELOW_CEILING, CEILING / (1.0 + odds));
  }

  /** The day's raw score of an audience: the curve, at least 1 when active, exactly 0 when not. */
  public double score(double audience, boolean active) {
    return active ? Math.max(MIN_ACTIVE_SCORE, curve(audience)) : 0.0;
  }

  /**
   * The published score, from the smoothed daily scores ({@link
   * io.sway.engine.history.ScoreSmoothing}): at least 1 when the account was active in the window.
   * An account with no activity left in the window keeps its smoothed score, which fades day
   * after day toward its raw 0, and is 0 once that is below {@link #FADED_SCORE}: inactivity
   * lowers a score gradually, never in a cliff (R4).
   */
  public static double published(double smoothedScore, boolean active) {
    if (active) {
      return Math.max(MIN_ACTIVE_SCORE, smoothedScore);
    }
    return smoothedScore < FADED_SCORE ? 0.0 : smoothedScore;
  }

  /** A score rounded for display: 0 stays 0, any other score becomes 1 to 99. */
  public static int points(double score) {
    if (score <= 0.0) {
      return 0;
    }
    return (int) Math.max(1, Math.min(MAX_POINTS, Math.round(score)));
  }

  /**
   * Scores, audiences and contributions of every account.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public ScoreResult accounts(
      double[] reach, double[] influence, double[] amplification, boolean[] active) {
    int n = reach.length;
    requireLength("influence", influence.length, n);
    requireLength("amplification", amplification.length, n);
    requireLength("active", active.length, n);
    double[] audience = new double[n];
    double[] score = new double[n];
    double[] reachPoints = new double[n];
    double[] influencePoints = new double[n];
    double[] amplificationPoints = new double[n];
    for (int a = 0; a < n; a++) {
      double r = config.reachWeight() * reach[a];
      double i = config.influenceWeight() * influence[a];
      double m = 1.0 + config.amplificationBoost() * amplification[a];
      audience[a] = (r + i) * m;
      score[a] = score(audience[a], active[a]);
      if (!active[a]) {
        continue;
      }
      // v(S) for every coalition S of {reach, influence, amplification}; v({}) = v({A}) = 0
      double vR = curve(r);
      double vI = curve(i);
      double vRI = curve(r + i);
      double vRA = curve(r * m);
      double vIA = curve(i * m);
      double vRIA = curve((r + i) * m);
      reachPoints[a] =
          EDGE_ORDER_WEIGHT * vR
              + MIDDLE_ORDER_WEIGHT * (vRI - vI)
              + MIDDLE_ORDER_WEIGHT * vRA
              + EDGE_ORDER_WEIGHT * (vRIA - vIA);
      influencePoints[a] =
          EDGE_ORDER_WEIGHT * vI
              + MIDDLE_ORDER_WEIGHT * (vRI - vR)
              + MIDDLE_ORDER_WEIGHT * vIA
              + EDGE_ORDER_WEIGHT * (vRIA - vRA);
      amplificationPoints[a] =
          MIDDLE_ORDER_WEIGHT * (vRA - vR)
              + MIDDLE_ORDER_WEIGHT * (vIA - vI)
              + EDGE_ORDER_WEIGHT * (vRIA - vRI);
    }
    return new ScoreResult(audience, score, reachPoints, influencePoints, amplificationPoints);
  }

  /**
   * A person's audience from its accounts' audiences: their p-norm, {@code p = personNorm}.
   *
   * @throws IllegalArgumentException if an audience is negative or not finite
   */
  public double personAudience(double... accountAudiences) {
    double largest = 0.0;
    for (double x : accountAudiences) {
      if (!(x >= 0.0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("audience must be finite and >= 0, was " + x);
      }
      largest = Math.max(largest, x);
    }
    if (largest == 0.0) {
      return 0.0;
    }
    double sum = 0.0;
    for (double x : accountAudiences) {
      sum += Math.pow(x / largest, config.personNorm());
    }
    return largest * Math.pow(sum, 1.0 / config.personNorm());
  }

  /**
   * Every person's score from its accounts' audiences.
   *
   * @param person per account, the owning person's index or -1
   * @param audience per account, as in {@link ScoreResult#audience()}
   * @param active per account, whether it had any activity
   * @return one entry per person index {@code 0 .. max(person)}
   */
  public PersonScores persons(int[] person, double[] audience, boolean[] active) {
    int n = person.length;
    requireLength("audience", audience.length, n);
    requireLength("active", active.length, n);
    int persons = 0;
    for (int p : person) {
      persons = Math.max(persons, p + 1);
    }
    double[] largest = new double[persons];
    int[] accounts = new int[persons];
    boolean[] anyActive = new boolean[persons];
    for (int a = 0; a < n; a++) {
      int p = person[a];
      if (p >= 0) {
        largest[p] = Math.max(largest[p], audience[a]);
        accounts[p]++;
        anyActive[p] |= active[a];
      }
    }
    double[] sums = new double[persons];
    for (int a = 0; a < n; a++) {
      int p = person[a];
      if (p >= 0 && largest[p] > 0.0) {
        sums[p] += Math.pow(audience[a] / largest[p], config.personNorm());
      }
    }
    double[] personAudience = new double[persons];
    double[] score = new double[persons];
    for (int p = 0; p < persons; p++) {
      personAudience[p] =
          largest[p] == 0.0 ? 0.0 : largest[p] * Math.pow(sums[p], 1.0 / config.personNorm());
      score[p] = score(personAudience[p], anyActive[p]);
    }
    return new PersonScores(personAudience, score, accounts);
  }

}
