package io.sway.engine.spam;

import io.sway.engine.Tasks;
import io.sway.engine.graph.Adjacency;
import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.Activity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Spam probability, spam flag, inactive flag and main reason for every account of a window: the
 * pruning step of R2, before reach and influence are computed.
 *
 * <p>Model: one logistic combination of six terms, each in {@code [0, 1]} and pointing towards
 * spam, with the hand-set coefficients {@code β} of {@link SpamConfig.Coefficients}:
 *
 * <pre>
 *   logit p = β0
 *           + β_lowTrust    × lowTrust      ties, but trust did not reach them
 *           + β_noMutualTie × noMutualTie   no two-sided tie at all
 *           + β_unendorsed  × unendorsed    few trusted followers
 *           + β_cohort      × cohort        follow ties inside its creation cohort
 *           + β_silent      × silent        no post and no engagement given
 *           + β_young       × young         a new account
 *
 *   lowTrust    = min(1, −log10(ρ) / trustDecades) for an account with ties, clamped at 0;
 *                 1 when ρ = 0; 0 without ties (that is noMutualTie's case)
 *   noMutualTie = 1 when the account has no tie in the trust graph, else 0
 *   unendorsed  = 1 − min(1, ln(1 + f) / ln(1 + trustedFollowersSaturation))
 *   cohort      = cohort ties / follow ties ({@link AccountFeatures#cohortShare})
 *   silent      = 1 when the account posted nothing and engaged with no one in the window
 *   young       = max(0, 1 − age in days / youngAgeDays)
 *   flagged     = p ≥ threshold
 * </pre>
 *
 * where {@code ρ} is the account's degree-normalised trust relative to the fully mixed level
 * ({@link TrustPropagation}, seeds from {@link TrustSeeds}, graph from {@link TrustGraph}) and
 * {@code f} the number of its followers whose own {@code ρ} is at least {@code trustedLevel}.
 *
 * <p>Why these terms. SybilRank's degree-normalised trust ({@code lowTrust}) is the graph-level
 * signal: a group of fakes tied mostly to each other sits behind few attack edges and gets little
 * trust in {@code O(log n)} rounds, whatever it does inside. It cannot judge an account with no
 * two-sided tie at all, which is why that case is its own, weaker term ({@code noMutualTie}),
 * absence of evidence rather than evidence. {@code unendorsed} reads trust in TrustRank's
 * direction: a follow is an endorsement chosen by the follower, so trusted followers are evidence
 * a fake cannot create on its own, while the followers it can create (other fakes) are not
 * trusted. The account features cover what trust misses: a farm created in one burst ({@code
 * cohort}), a bought follower that never does anything ({@code silent}), and age ({@code young}),
 * kept weak because every genuine account was young once. Each coefficient is the log-odds its
 * term adds at full strength; the defaults and why they are what they are stand next to their
 * constants. A logistic model keeps every term's effect readable, and the reason can name the
 * terms that contributed most.
 *
 * <p>A network without a usable seed ({@link TrustSeeds#unseededNetworks()}: no configured,
 * verified or old-enough tied account) cannot be judged by trust: there, {@code lowTrust} and
 * {@code unendorsed} are 0 rather than maximal, and the features decide alone.
 *
 * <p>Inactive: no post and no engagement given in the last {@link SpamConfig#inactivityDays()}
 * days of the window (the whole window by default). Follows are not dated in the input, so a
 * follow does not count as activity.
 *
 * <p>Reason: for a flagged account, the two terms that contributed most, in words with their
 * numbers, e.g. "spam (p=1.00): 42 of its 45 follow ties are with accounts created within 24
 * hours of it; no trusted follower among its 40 followers" or "spam (p=0.98): no followers; no
 * post or engagement in the window". For an account below the threshold, the strongest signal
 * when one adds at least {@value #NOTABLE_LOG_ODDS} to the log-odds ("not spam (p=0.04);
 * strongest signal: created 20 days ago"), otherwise what vouches for it ("not spam (p=0.00): 12
 * trusted followers, normalised trust 1.3").
 *
 * <p>Cost: {@code O((n + m) log d)} to build the trust graph, {@code O(n + m)} per propagation
 * round, {@code O(n + m + posts + events)} for the features; memory about 150 bytes per account,
 * 48 per tied pair and 24 per engaged pair while the trust graph is built, and the reasons (some
 * 100 characters each). Runs on the calling thread unless given an executor.
 */
public final class SpamDetector {
  /** A term adding this much log-odds (odds × 2.7) is worth naming for an unflagged account. */
  static final double NOTABLE_LOG_ODDS = 1.0;

  private static final int TERMS = 6;
  private static final int LOW_TRUST = 0;
  private static final int NO_MUTUAL_TIE = 1;
  private static final int UNENDORSED = 2;
  private static final int COHORT = 3;
  private static final int SILENT = 4;
  private static final int YOUNG = 5;

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final MathContext TRUST_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

  private final Activity activity;
  private final SpamConfig config;
  private final int[] configuredSeeds;
  private final Executor executor;
  private final int parallelism;

  /** A detector with {@link SpamConfig#defaults()} and no configured seeds. */
  public SpamDetector(Activity activity) {
    this(activity, SpamConfig.defaults(), new int[0]);
  }

  /** A detector with the given config and no configured seeds. */
  public SpamDetector(Activity activity, SpamConfig config) {
    this(activity, config, new int[0]);
  }

  /**
   * @param configuredSeeds account indexes of trusted seed accounts an operator chose; may be
   *     empty (see {@link TrustSeeds} for how seeds are completed)
   */
  public SpamDetector(Activity activity, SpamConfig config, int[] configuredSeeds) {
    this(activity, config, configuredSeeds, Runnable::run, 1);
  }

  /**
   * A detector that uses {@code parallelism} threads, the calling one and tasks on {@code
   * executor} (not shut down by this class): the account features are computed while trust
   * propagates, and the per-account verdicts are split into ranges. The result is the same as on
   * one thread.
   *
   * @throws IllegalArgumentException if {@code parallelism < 1}
   */
  public SpamDetector(Activity activity, SpamConfig config, int[] configuredSeeds,
      Executor executor, int parallelism) {
    this.activity = Objects.requireNonNull(activity, "activity");
    this.config = Objects.requireNonNull(config, "config");
    this.configuredSeeds = configuredSeeds.clone();
    this.executor = Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /**
   * Runs trust propagation and the model.
   *
   * @throws IllegalArgumentException if a configured seed is not an account index
   */
  public SpamResult compute() {
    int n = activity.accountCount();
    CompletableFuture<AccountFeatures> pendingFeatures =
        Tasks.start(() -> AccountFeatures.of(activity, config), executor, parallelism);
    GraphSnapshot trustGraph = TrustGraph.of(activity, config);
    TrustSeeds seeds = TrustSeeds.choose(activity, trustGraph, configuredSeeds, config);
    TrustResult trust =
        new TrustPropagation(trustGraph, seeds.accounts(), config.roundsFor(n)).compute();
    AccountFeatures features = Tasks.join(pendingFeatures);
    int[] trustedFollowers = trustedFollowers(activity.follows(), trust.normalisedTrust());
    boolean[] judgedByTrust = seeds.seededNetworks(activity);

    SpamConfig.Coefficients c = config.coefficients();
    double[] beta = {
      c.lowTrust(), c.noMutualTie(), c.unendorsed(), c.cohort(), c.silent(), c.young()
    };
    long inactiveBefore = config.inactivityDays() == SpamConfig.INACTIVITY_WHOLE_WINDOW
        ? activity.windowStart()
        : Math.max(activity.windowStart(),
            activity.asOf() - config.inactivityDays() * SECONDS_PER_DAY);
    double[] probability = new double[n];
    boolean[] flagged = new boolean[n];
    boolean[] inactive = new boolean[n];
    String[] reason = new String[n];
    Tasks.split(n, executor, parallelism, (from, to) -> {
      double[] term = new double[TERMS];
      for (int v = from; v < to; v++) {
        boolean tied = trustGraph.outWeight(v) > 0.0;
        boolean judged = judgedByTrust[activity.network()[v]];
        double rho = trust.normalisedTrust()[v];
        term[LOW_TRUST] = tied && judged ? lowTrust(rho) : 0.0;
        term[NO_MUTUAL_TIE] = tied ? 0.0 : 1.0;
        term[UNENDORSED] = judged ? 1.0 - Math.min(1.0,
            Math.log1p(trustedFollowers[v]) / Math.log1p(config.trustedFollowersSaturation()))
            : 0.0;
        term[COHORT] = features.cohortShare(v);
        term[SILENT] = features.silent(v) ? 1.0 : 0.0;
        term[YOUNG] = Math.max(0.0, 1.0 - features.ageDays()[v] / config.youngAgeDays());
        double logit = c.intercept();
        for (int t = 0; t < TERMS; t++) {
          logit += beta[t] * term[t];
        }
        probability[v] = 1.0 / (1.0 + Math.exp(-logit));
        flagged[v] = probability[v] >= config.threshold();
        long last = features.lastActiveAt()[v];
        inactive[v] = last == AccountFeatures.NEVER || last < inactiveBefore;
        reason[v] = reason(v, flagged[v], probability[v], term, beta, rho, trustedFollowers[v],
            features, trust.rounds());
      }
    });
    return new SpamResult(
        probability, flagged, inactive, reason, trust, seeds, config.threshold());
  }

  /** {@code min(1, −log10(ρ) / decades)}, at least 0; 1 when no trust reached the account. */
  private double lowTrust(double rho) {
    if (rho <= 0.0) {
      return 1.0;
    }
    return Math.clamp(-Math.log10(rho) / config.trustDecades(), 0.0, 1.0);
  }

  /** Per account, how many of its followers have normalised trust at the trusted level. */
  private int[] trustedFollowers(GraphSnapshot follows, double[] normalisedTrust) {
    Adjacency in = follows.inAdjacency();
    int[] offsets = in.offsets();
    int[] followers = in.neighbours();
    double level = config.trustedLevel();
    int[] count = new int[follows.vertexCount()];
    for (int v = 0; v < count.length; v++) {
      int trusted = 0;
      for (int k = offsets[v]; k < offsets[v + 1]; k++) {
        if (followers[k] != v && normalisedTrust[followers[k]] >= level) {
          trusted++;
        }
      }
      count[v] = trusted;
    }
    return count;
  }

  private String reason(int v, boolean isFlagged, double p, double[] term, double[] beta,
      double rho, int trustedFollowers, AccountFeatures features, int rounds) {
    int first = -1;
    int second = -1;
    for (int t = 0; t < TERMS; t++) {
      double contribution = beta[t] * term[t];
      if (contribution <= 0.0) {
        continue;
      }
      if (first < 0 || contribution > beta[first] * term[first]) {
        second = first;
        first = t;
      } else if (second < 0 || contribution > beta[second] * term[second]) {
        second = t;
      }
    }
    String probability = String.format(Locale.ROOT, "%.2f", p);
    if (isFlagged) {
      String text = "spam (p=" + probability + "): "
          + phrase(first, v, rho, trustedFollowers, features, rounds);
      return second < 0 ? text
          : text + "; " + phrase(second, v, rho, trustedFollowers, features, rounds);
    }
    if (first >= 0 && beta[first] * term[first] >= NOTABLE_LOG_ODDS) {
      return "not spam (p=" + probability + "); strongest signal: "
          + phrase(first, v, rho, trustedFollowers, features, rounds);
    }
    return "not spam (p=" + probability + "): " + plural(trustedFollowers, "trusted follower")
        + ", normalised trust " + formatTrust(rho);
  }

  private String phrase(int term, int v, double rho, int trustedFollowers,
      AccountFeatures features, int rounds) {
    return switch (term) {
      case LOW_TRUST -> rho <= 0.0
          ? "low trust: no trusted path within " + plural(rounds, "round")
          : "low trust: normalised trust " + formatTrust(rho) + " after "
              + plural(rounds, "round");
      case NO_MUTUAL_TIE -> "no two-sided tie (no mutual follow or engagement)";
      case UNENDORSED -> features.followers()[v] == 0
          ? "no followers"
          : trustedFollowers == 0
              ? "no trusted follower among its " + plural(features.followers()[v], "follower")
              : "only " + trustedFollowers + " trusted of its "
                  + plural(features.followers()[v], "follower");
      case COHORT -> features.cohortTies()[v] + " of its "
          + plural(features.followTies(v), "follow tie") + " are with accounts created within "
          + formatNumber(config.cohortWindowHours()) + " hours of it";
      case SILENT -> "no post or engagement in the window";
      case YOUNG -> "created " + plural((int) Math.floor(features.ageDays()[v]), "day") + " ago";
      default -> "no spam signal";
    };
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** Normalised trust with two significant digits (1 = fully mixed), e.g. "0.018", "1.4". */
  private static String formatTrust(double rho) {
    return rho == 0.0 ? "0" : new BigDecimal(rho).round(TRUST_DIGITS).stripTrailingZeros()
        .toPlainString();
  }

  private static String formatNumber(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
