package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link Amplification}, with the prior it was shrunk toward.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param reshareProbability per account, the shrunk probability that a post is reshared or quoted
 * @param replyProbability per account, the shrunk probability that a post gets a reply
 * @param amplification per account, {@code 1 - (1 - reshare)(1 - reply)}: the probability that a
 *     post is reshared or sparks a conversation, in {@code [0, 1]}
 * @param posts per account, the posts written in the window (the trials)
 * @param resharedPosts per account, the credited reshared posts (the successes; fractional)
 * @param repliedPosts per account, the credited replied posts (fractional)
 * @param reshareMean the prior mean the reshare probabilities were shrunk toward
 * @param replyMean the prior mean the reply probabilities were shrunk toward
 * @param priorStrength the prior's weight, in posts
 * @param observedReshareRate credited reshared posts over posts, pooled over the accounts that are
 *     not excluded (0 when they wrote none): the empirical-Bayes estimate of {@code reshareMean}
 * @param observedReplyRate the same for replies
 * @param pooledPosts the posts pooled into the observed rates
 */
public record AmplificationResult(
    double[] reshareProbability,
    double[] replyProbability,
    double[] amplification,
    int[] posts,
    double[] resharedPosts,
    double[] repliedPosts,
    double reshareMean,
    double replyMean,
    double priorStrength,
    double observedReshareRate,
    double observedReplyRate,
    long pooledPosts) {

  public AmplificationResult {
    Objects.requireNonNull(reshareProbability, "reshareProbability");
    Objects.requireNonNull(replyProbability, "replyProbability");
    Objects.requireNonNull(amplification, "amplification");
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(resharedPosts, "resharedPosts");
    Objects.requireNonNull(repliedPosts, "repliedPosts");
  }

  /** The amplification of account {@code a}. */
  public double amplification(int a) {
    return amplification[a];
  }

  @Override
  public String toString() {
    return "AmplificationResult[accounts=" + amplification.length + ", reshareMean=" + reshareMean
        + ", replyMean=" + replyMean + ", priorStrength=" + priorStrength
        + ", observedReshareRate=" + observedReshareRate + ", observedReplyRate="
        + observedReplyRate + ", pooledPosts=" + pooledPosts + "]";
  }
}
