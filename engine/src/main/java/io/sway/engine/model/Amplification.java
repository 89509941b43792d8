package io.sway.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Amplification: what happens to an account's content once posted (PRODUCT.md, "The score", part
 * 2) — the probability that a post is reshared (or quoted) and the probability that it gets a
 * reply, each estimated per post and shrunk toward a prior mean, then combined.
 *
 * <h2>Credit of one reaction</h2>
 *
 * A reaction is a counted event on a post: a reshare or quote for the reshare channel, a reply for
 * the reply channel (likes and mentions are not amplification). Reactor {@code r}'s reaction {@code
 * e} to post {@code p} of author {@code a} is credited
 *
 * <pre>
 *   credit(e) = trust(r) × circleFactor(r -> a) × min(1, D / k(r, day(e))) × m(r, a)^-β
 * </pre>
 *
 * <ul>
 *   <li>{@code trust(r)}: 0 for an excluded reactor, {@code 1 - spamProbability} otherwise.
 *   <li>{@code circleFactor}: the {@linkplain EngagementCircles closed-circle discount}, so a pod
 *       resharing each other's posts earns (almost) nothing.
 *   <li><b>A reactor who reacts to everything that day counts less</b>: {@code k(r, day)} is the
 *       number of events of any kind {@code r} made on that UTC day (all its events, counted or
 *       not) and {@code D} the {@linkplain AmplificationConfig#dailyReactionAllowance() daily
 *       allowance}; up to {@code D} reactions a day count fully, beyond that the day's reactions
 *       share the weight of {@code D}.
 *   <li><b>Distinct reactors beat repeated ones</b>: {@code m(r, a)} is the number of {@code a}'s
 *       posts in the window that {@code r} reacted to in this channel and {@code β} the {@linkplain
 *       AmplificationConfig#repeatReactorExponent() repeat exponent}; with the default {@code β =
 *       1} a reactor counts once per author in total, so 100 reshares from one account are worth
 *       one, and 100 from 100 accounts are worth 100.
 * </ul>
 *
 * Several reactions of one reactor to one post count once, at their highest credit.
 *
 * <h2>Per post, per account</h2>
 *
 * Post {@code p} counts as reshared with the credit {@code s(p) = 1 - Π_r (1 - credit(r, p))}
 * (noisy-or over its distinct reactors: the probability that at least one reaction is genuine), a
 * number in {@code [0, 1]}. <b>Normalised per post</b>: over the {@code N(a)} posts {@code a} wrote
 * in the window, with prior mean {@code μ} and prior strength {@code α} (a Beta({@code αμ, α(1 -
 * μ)}) prior),
 *
 * <pre>
 *   reshareProbability(a) = (Σ_p s(p) + α μ) / (N(a) + α)
 * </pre>
 *
 * so 100 credited reshares from 10 posts give about 0.5 and from 1,000 posts 0.1, and an account
 * with few posts sits near {@code μ}. The reply probability is the same over replies. The prior
 * means are fixed reference values by default, so an account's amplification does not depend on
 * who else is in the population; with {@link AmplificationConfig#priorFromPopulation()} they are
 * the rates pooled over the accounts that are not excluded (empirical Bayes).
 *
 * <p><b>Output versus inbound conversation</b>: every post an account writes is a trial, its own
 * replies to others included. A reply it writes counts as a conversation sparked only when someone
 * else answers it (inbound); replies it writes that nobody answers (output alone) lower its reply
 * probability. So talking is credited only as far as it draws answers.
 *
 * <p>Combined: {@code amplification(a) = 1 - (1 - reshareProbability)(1 - replyProbability)}, the
 * probability that a post is reshared or sparks a conversation, treating the two as independent.
 *
 * <p>Related: Rao et al., "Klout Score", IEEE BigData 2015 (amplification features); the
 * beta-binomial posterior mean as in empirical Bayes rate estimation (Efron and Morris, "Stein's
 * Paradox in Statistics", Scientific American 1977).
 *
 * <p>Cost: {@code O(n + posts + events)} time, one pass per channel over each author's posts;
 * extra memory five arrays of length {@code n} and one {@code double} per event. Deterministic.
 */
public final class Amplification {
  private static final long SECONDS_PER_DAY = 86_400L;

  private final EngagementGraph engagement;
  private final CircleDiscounts circles;
  private final AmplificationConfig config;

  public Amplification(
      EngagementGraph engagement, CircleDiscounts circles, AmplificationConfig config) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.circles = Objects.requireNonNull(circles, "circles");
    this.config = Objects.requireNonNull(config, "config");
    if (circles.edgeFactor().length != engagement.graph().edgeCount()) {
      throw new IllegalArgumentException(
          "circles must cover " + engagement.graph().edgeCount() + " edges, covered "
              + circles.edgeFactor().length);
    }
  }

  public AmplificationResult compute() {
    int n = engagement.accountCount();
    double[] daily = dailyFactors(engagement.activity(), config.dailyReactionAllowance());
    ChannelPass pass = new ChannelPass(n);
    double[] reshared = pass.evidence(true, daily);
    double[] replied = pass.evidence(false, daily);

    int[] posts = new int[n];
    double[] trust = engagement.trust().weights();
    long pooledPosts = 0;
    double pooledReshared = 0.0;
    double pooledReplied = 0.0;
    for (int a = 0; a < n; a++) {
      posts[a] = engagement.postCount(a);
      if (trust[a] > 0.0) {
        pooledPosts += posts[a];
        pooledReshared += reshared[a];
        pooledReplied += replied[a];
      }
    }
    double observedReshare = pooledPosts == 0 ? 0.0 : pooledReshared / pooledPosts;
    double observedReply = pooledPosts == 0 ? 0.0 : pooledReplied / pooledPosts;
    boolean fromPopulation = config.priorFromPopulation() && pooledPosts > 0;
    double reshareMean = fromPopulation ? observedReshare : config.reshareMean();
    double replyMean = fromPopulation ? observedReply : config.replyMean();

    double alpha = config.priorStrength();
    double[] reshareProbability = new double[n];
    double[] replyProbability = new double[n];
    double[] amplification = new double[n];
    for (int a = 0; a < n; a++) {
      double r = (reshared[a] + alpha * reshareMean) / (posts[a] + alpha);
      double c = (replied[a] + alpha * replyMean) / (posts[a] + alpha);
      reshareProbability[a] = r;
      replyProbability[a] = c;
      amplification[a] = 1.0 - (1.0 - r) * (1.0 - c);
    }
    return new AmplificationResult(
        reshareProbability, replyProbability, amplification, posts, reshared, replied,
        reshareMean, replyMean, alpha, observedReshare, observedReply, pooledPosts);
  }

  /**
   * Per event, {@code min(1, allowance / k)} with {@code k} the events its actor made that UTC
   * day. Events are in time order, so one day's events are contiguous.
   *
   * @throws IllegalArgumentException if the events are not sorted by time
   */
  static double[] dailyFactors(Activity activity, int allowance) {
    int events = activity.eventCount();
    int[] actor = activity.eventActor();
    long[] at = activity.eventAt();
    double[] factor = new double[events];
    int[] count = new int[activity.accountCount()];
    int start = 0;
    while (start < events) {
      long day = Math.floorDiv(at[start], SECONDS_PER_DAY);
      int end = start;
      while (end < events && Math.floorDiv(at[end], SECONDS_PER_DAY) == day) {
        if (end > start && at[end] < at[end - 1]) {
          throw unsorted(end, at);
        }
        count[actor[end]]++;
        end++;
      }
      if (end < events && at[end] < at[end - 1]) {
        throw unsorted(end, at);
      }
      for (int e = start; e < end; e++) {
        factor[e] = Math.min(1.0, allowance / (double) count[actor[e]]);
      }
      for (int e = start; e < end; e++) {
        count[actor[e]] = 0;
      }
      start = end;
    }
    return factor;
  }

  private static IllegalArgumentException unsorted(int e, long[] at) {
    return new IllegalArgumentException(
        "events must be sorted by time, but event " + e + " at " + at[e] + " follows one at "
            + at[e - 1]);
  }

  /** The scratch arrays of one pass over every author's posts for one channel. */
  private final class ChannelPass {
    private final int[] repeats;
    private final int[] countedOnPost;
    private final int[] bestOnPost;
    private final double[] best;
    private final int[] reactors;
    private final int[] distinct;

    ChannelPass(int n) {
      repeats = new int[n];
      countedOnPost = new int[n];
      bestOnPost = new int[n];
      best = new double[n];
      reactors = new int[n];
      distinct = new int[n];
    }

    /** Credited posts per author in the reshare channel ({@code reshares}) or the reply channel. */
    double[] evidence(boolean reshares, double[] daily) {
      Activity activity = engagement.activity();
      int n = engagement.accountCount();
      int[] actor = activity.eventActor();
      byte[] type = activity.eventType();
      int[] eventEdge = engagement.eventEdges();
      int[] postOffsets = engagement.authorPostOffsets();
      int[] authorPosts = engagement.authorPosts();
      int[] eventOffsets = engagement.postEventOffsets();
      int[] postEvents = engagement.postEvents();
      double[] trust = engagement.trust().weights();
      double[] factor = circles.edgeFactor();
      double exponent = config.repeatReactorExponent();
      boolean[] inChannel = channel(reshares);
      Arrays.fill(countedOnPost, -1);
      Arrays.fill(bestOnPost, -1);

      double[] evidence = new double[n];
      for (int a = 0; a < n; a++) {
        // m(r, a): how many of a's posts each reactor reacted to in this channel
        int reactorCount = 0;
        for (int i = postOffsets[a]; i < postOffsets[a + 1]; i++) {
          int p = authorPosts[i];
          for (int j = eventOffsets[p]; j < eventOffsets[p + 1]; j++) {
            int e = postEvents[j];
            int r = actor[e];
            if (inChannel[type[e]] && countedOnPost[r] != p) {
              countedOnPost[r] = p;
              if (repeats[r]++ == 0) {
                reactors[reactorCount++] = r;
              }
            }
          }
        }
        if (reactorCount == 0) {
          continue;
        }
        double credited = 0.0;
        for (int i = postOffsets[a]; i < postOffsets[a + 1]; i++) {
          int p = authorPosts[i];
          int count = 0;
          for (int j = eventOffsets[p]; j < eventOffsets[p + 1]; j++) {
            int e = postEvents[j];
            if (!inChannel[type[e]]) {
              continue;
            }
            int r = actor[e];
            double credit = trust[r] * factor[eventEdge[e]] * daily[e];
            if (bestOnPost[r] != p) {
              bestOnPost[r] = p;
              best[r] = credit;
              distinct[count++] = r;
            } else if (credit > best[r]) {
              best[r] = credit;
            }
          }
          double noneGenuine = 1.0;
          for (int k = 0; k < count; k++) {
            int r = distinct[k];
            noneGenuine *= 1.0 - best[r] * repeatWeight(repeats[r], exponent);
          }
          credited += 1.0 - noneGenuine;
        }
        evidence[a] = credited;
        for (int k = 0; k < reactorCount; k++) {
          repeats[reactors[k]] = 0;
        }
      }
      return evidence;
    }
  }

  private static double repeatWeight(int reactions, double exponent) {
    if (exponent == 1.0) {
      return 1.0 / reactions;
    }
    return exponent == 0.0 ? 1.0 : Math.pow(reactions, -exponent);
  }

  private static boolean[] channel(boolean reshares) {
    EngagementType[] types = EngagementType.values();
    boolean[] in = new boolean[types.length];
    for (EngagementType type : types) {
      in[type.ordinal()] = reshares ? type.amplifies() : type.converses();
    }
    return in;
  }
}
