package io.sway.engine.model;

import io.sway.engine.spam.SpamConfig;
import java.util.Objects;

/**
 * Every weight and threshold of the influence model, one section per stage; the sections are
 * validated when built, each failure naming its dotted key. {@link ModelConfigTree} reads and
 * writes this as the tree of a JSON or YAML config file:
 *
 * <pre>{@code
 * { "engagementWeights": { "reshare": 1.0, "quote": 1.0, "reply": 0.8, "mention": 0.6, "like": 0.3 },
 *   "circles":       { "discount": 1.0, "circleSize": 4 },
 *   "amplification": { "priorStrength": 10, "reshareMean": 0.05, "replyMean": 0.10,
 *                      "priorFromPopulation": false, "dailyReactionAllowance": 20,
 *                      "repeatReactorExponent": 1.0 },
 *   "influence":     { "damping": 0.85, "maxIterations": 100, "tolerance": 1e-3 },
 *   "score":         { "reachWeight": 1.0, "influenceWeight": 1.0, "amplificationBoost": 2.0,
 *                      "midpoint": 100, "steepness": 0.36, "personNorm": 2.0 },
 *   "topics":        { "minEngagedPosts": 3 },
 *   "explanations":  { "topEngagers": 10, "topPosts": 5 },
 *   "spam":          { "threshold": 0.5, "seeds": ["alice"], "coefficients": { "cohort": 7.0 }, ... } }
 * }</pre>
 *
 * @param engagementWeights the weight of each kind of engagement
 * @param circles the discount on engagement inside closed circles
 * @param amplification the amplification estimate
 * @param influence the network influence iteration
 * @param score the calibration to 1–100 and the person combination
 * @param topics the evidence needed for a topic
 * @param explanations how many contributors are kept per account
 * @param spam the spam and inactivity stage, with its trust seeds
 */
public record ModelConfig(
    EngagementTypeWeights engagementWeights,
    CircleConfig circles,
    AmplificationConfig amplification,
    NetworkInfluenceConfig influence,
    ScoreConfig score,
    TopicConfig topics,
    ExplanationConfig explanations,
    SpamConfig spam) {
  /** The key of the spam stage's section. */
  public static final String SPAM_SECTION = "spam";

  private static final ModelConfig DEFAULTS =
      new ModelConfig(
          EngagementTypeWeights.defaults(),
          CircleConfig.defaults(),
          AmplificationConfig.defaults(),
          NetworkInfluenceConfig.defaults(),
          ScoreConfig.defaults(),
          TopicConfig.defaults(),
          ExplanationConfig.defaults(),
          SpamConfig.defaults());

  public ModelConfig {
    Objects.requireNonNull(engagementWeights, EngagementTypeWeights.SECTION);
    Objects.requireNonNull(circles, CircleConfig.SECTION);
    Objects.requireNonNull(amplification, AmplificationConfig.SECTION);
    Objects.requireNonNull(influence, NetworkInfluenceConfig.SECTION);
    Objects.requireNonNull(score, ScoreConfig.SECTION);
    Objects.requireNonNull(topics, TopicConfig.SECTION);
    Objects.requireNonNull(explanations, ExplanationConfig.SECTION);
    Objects.requireNonNull(spam, SPAM_SECTION);
  }

  /** Every section at its documented defaults. */
  public static ModelConfig defaults() {
    return DEFAULTS;
  }

  public ModelConfig withEngagementWeights(EngagementTypeWeights newWeights) {
    return new ModelConfig(
        newWeights, circles, amplification, influence, score, topics, explanations, spam);
  }

  public ModelConfig withCircles(CircleConfig newCircles) {
    return new ModelConfig(
        engagementWeights, newCircles, amplification, influence, score, topics, explanations, spam);
  }

  public ModelConfig withAmplification(AmplificationConfig newAmplification) {
    return new ModelConfig(
        engagementWeights, circles, newAmplification, influence, score, topics, explanations, spam);
  }

  public ModelConfig withInfluence(NetworkInfluenceConfig newInfluence) {
    return new ModelConfig(
        engagementWeights, circles, amplification, newInfluence, score, topics, explanations, spam);
  }

  public ModelConfig withScore(ScoreConfig newScore) {
    return new ModelConfig(
        engagementWeights, circles, amplification, influence, newScore, topics, explanations, spam);
  }

  public ModelConfig withTopics(TopicConfig newTopics) {
    return new ModelConfig(
        engagementWeights, circles, amplification, influence, score, newTopics, explanations, spam);
  }

  public ModelConfig withExplanations(ExplanationConfig newExplanations) {
    return new ModelConfig(
        engagementWeights, circles, amplification, influence, score, topics, newExplanations, spam);
  }

  public ModelConfig withSpam(SpamConfig newSpam) {
    return new ModelConfig(
        engagementWeights, circles, amplification, influence, score, topics, explanations, newSpam);
  }
}
