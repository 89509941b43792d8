package io.sway.engine.model;

import java.util.Objects;

/**
 * Everything one run of the {@link InfluenceModel} computed, stage by stage, each stage's result
 * saying how it was obtained, with the config that produced it. Per-account arrays are indexed
 * like the {@link Activity}'s accounts.
 *
 * <p>Ownership: every array is handed over, not copied; nobody may change them.
 *
 * @param config the config of the run
 * @param active per account, whether it posted, acted or was acted on in the window
 * @param circles the closed-circle discount per engagement edge
 * @param reach True Reach per account and engagement per post
 * @param amplification Amplification per account, with the prior used
 * @param influence Network Influence per account, with iterations and convergence
 * @param scores audience, score and each part's points per account
 * @param persons the score per person
 * @param topics the evidenced topics per account
 * @param contributors the top engagers and posts per account
 */
public record ModelResult(
    ModelConfig config,
    boolean[] active,
    CircleDiscounts circles,
    ReachResult reach,
    AmplificationResult amplification,
    InfluenceResult influence,
    ScoreResult scores,
    PersonScores persons,
    TopicResult topics,
    Contributors contributors) {

  public ModelResult {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(circles, "circles");
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(amplification, "amplification");
    Objects.requireNonNull(influence, "influence");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(contributors, "contributors");
  }

  public int accountCount() {
    return active.length;
  }

  /** The score of account {@code a}, in {@code {0} ∪ [1, 100)}. */
  public double score(int a) {
    return scores.score()[a];
  }

  /** True Reach of account {@code a}. */
  public double reach(int a) {
    return reach.reach()[a];
  }

  /** Amplification of account {@code a}. */
  public double amplification(int a) {
    return amplification.amplification()[a];
  }

  /** Network Influence of account {@code a}. */
  public double influence(int a) {
    return influence.influence()[a];
  }

  @Override
  public String toString() {
    return "ModelResult[accounts=" + active.length + ", persons=" + persons.personCount() + ", "
        + influence + "]";
  }
}
