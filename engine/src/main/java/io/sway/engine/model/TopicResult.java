package io.sway.engine.model;

import java.util.Objects;

/**
 * The result of {@link TopicScores}: for each account, the topics it has evidence for, as CSR
 * arrays. The entries of account {@code a} are the positions {@code offsets[a] .. offsets[a + 1] -
 * 1}, in ascending topic index; an account without evidence for any topic has none.
 *
 * <p>Ownership: the arrays are handed over, not copied; nobody may change them.
 *
 * @param offsets entry starts, length {@code accounts + 1}
 * @param topic per entry, the topic's index into {@link Activity#topics()}
 * @param engagedPosts per entry, the account's engaged posts on the topic ({@code >=
 *     minEngagedPosts})
 * @param engagement per entry, the engagement those posts received, in weighted engagers
 * @param score per entry, the account's score on the topic, on the 1–100 scale
 * @param minEngagedPosts the evidence threshold the entries passed
 */
public record TopicResult(
    int[] offsets,
    int[] topic,
    int[] engagedPosts,
    double[] engagement,
    double[] score,
    int minEngagedPosts) {

  public TopicResult {
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(engagedPosts, "engagedPosts");
    Objects.requireNonNull(engagement, "engagement");
    Objects.requireNonNull(score, "score");
  }

  /** The number of topics account {@code a} has evidence for. */
  public int topicCount(int a) {
    return offsets[a + 1] - offsets[a];
  }

  /** The score of account {@code a} on topic {@code t}, or 0 without evidence. */
  public double score(int a, int t) {
    for (int i = offsets[a]; i < offsets[a + 1]; i++) {
      if (topic[i] == t) {
        return score[i];
      }
    }
    return 0.0;
  }

  @Override
  public String toString() {
    return "TopicResult[accounts=" + (offsets.length - 1) + ", entries=" + topic.length
        + ", minEngagedPosts=" + minEngagedPosts + "]";
  }
}
