package io.sway.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.spam.SpamConfig;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelConfigTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad("engagementWeights.reshare must be in [0, 1], was -1",
            () -> new EngagementTypeWeights(-1, 1, 0.8, 0.6, 0.3)),
        bad("engagementWeights.quote must be in [0, 1], was 1.5",
            () -> new EngagementTypeWeights(1, 1.5, 0.8, 0.6, 0.3)),
        bad("engagementWeights.reply must be in [0, 1], was NaN",
            () -> new EngagementTypeWeights(1, 1, NAN, 0.6, 0.3)),
        bad("engagementWeights.mention must be in [0, 1], was Infinity",
            () -> new EngagementTypeWeights(1, 1, 0.8, INF, 0.3)),
        bad("engagementWeights.like must be in [0, 1], was -0.25",
            () -> new EngagementTypeWeights(1, 1, 0.8, 0.6, -0.25)),
        bad("circles.discount must be in [0, 1], was 1.2", () -> new CircleConfig(1.2, CircleConfig.CIRCLE_SIZE_DEFAULT)),
        bad("circles.discount must be in [0, 1], was NaN", () -> new CircleConfig(NAN, CircleConfig.CIRCLE_SIZE_DEFAULT)),
        bad("amplification.priorStrength must be > 0, was -1",
            () -> new AmplificationConfig(-1, 0.05, 0.1, false, 20, 1)),
        bad("amplification.priorStrength must be > 0, was 0",
            () -> new AmplificationConfig(0, 0.05, 0.1, false, 20, 1)),
        bad("amplification.priorStrength must be a finite number, was Infinity",
            () -> new AmplificationConfig(INF, 0.05, 0.1, false, 20, 1)),
        bad("amplification.reshareMean must be in (0, 1), was 0",
            () -> new AmplificationConfig(10, 0, 0.1, false, 20, 1)),
        bad("amplification.replyMean must be in (0, 1), was 1",
            () -> new AmplificationConfig(10, 0.05, 1, false, 20, 1)),
        bad("amplification.dailyReactionAllowance must be >= 1, was 0",
            () -> new AmplificationConfig(10, 0.05, 0.1, false, 0, 1)),
        bad("amplification.repeatReactorExponent must be in [0, 1], was 2",
            () -> new AmplificationConfig(10, 0.05, 0.1, false, 20, 2)),
        bad("influence.damping must be in [0, 1), was 1",
            () -> new NetworkInfluenceConfig(1, 100, 1e-6)),
        bad("influence.damping must be in [0, 1), was -0.1",
            () -> new NetworkInfluenceConfig(-0.1, 100, 1e-6)),
        bad("influence.maxIterations must be >= 1, was 0",
            () -> new NetworkInfluenceConfig(0.85, 0, 1e-6)),
        bad("influence.tolerance must be > 0, was 0",
            () -> new NetworkInfluenceConfig(0.85, 100, 0)),
        bad("score.reachWeight must be >= 0, was -1",
            () -> new ScoreConfig(-1, 1, 2, 100, 0.36, 2)),
        bad("score.influenceWeight must be a finite number, was NaN",
            () -> new ScoreConfig(1, NAN, 2, 100, 0.36, 2)),
        bad("score.reachWeight and score.influenceWeight must not both be 0",
            () -> new ScoreConfig(0, 0, 2, 100, 0.36, 2)),
        bad("score.amplificationBoost must be >= 0, was -0.5",
            () -> new ScoreConfig(1, 1, -0.5, 100, 0.36, 2)),
        bad("score.midpoint must be > 0, was 0", () -> new ScoreConfig(1, 1, 2, 0, 0.36, 2)),
        bad("score.steepness must be > 0, was -1", () -> new ScoreConfig(1, 1, 2, 100, -1, 2)),
        bad("score.personNorm must be > 1, was 1", () -> new ScoreConfig(1, 1, 2, 100, 0.36, 1)),
        bad("topics.minEngagedPosts must be >= 1, was 0", () -> new TopicConfig(0)),
        bad("explanations.topEngagers must be in [0, 1000], was -1",
            () -> new ExplanationConfig(-1, 5)),
        bad("explanations.topPosts must be in [0, 1000], was 1001",
            () -> new ExplanationConfig(10, 1001)));
  }

  private static Arguments bad(String message, Executable construction) {
    return Arguments.of(message, construction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void badValuesAreRejectedNamingTheDottedKey(String message, Executable construction) {
    InvalidConfigException e = assertThrows(InvalidConfigException.class, construction);

    assertEquals(message, e.getMessage());
    assertTrue(message.startsWith(e.key() + " "), "key " + e.key());
  }

  @Test
  void defaultsAreTheNamedConstants() {
    ModelConfig defaults = ModelConfig.defaults();

    assertEquals(
        new EngagementTypeWeights(1.0, 1.0, 0.8, 0.6, 0.3), defaults.engagementWeights());
    assertEquals(new CircleConfig(1.0, 4), defaults.circles());
    assertEquals(new AmplificationConfig(10, 0.05, 0.10, false, 20, 1.0), defaults.amplification());
    assertEquals(new NetworkInfluenceConfig(0.85, 100, 1e-3), defaults.influence());
    assertEquals(new ScoreConfig(1, 1, 2, 100, 0.36, 2), defaults.score());
    assertEquals(new TopicConfig(3), defaults.topics());
    assertEquals(new ExplanationConfig(10, 5), defaults.explanations());
    assertEquals(SpamConfig.defaults(), defaults.spam());
  }

  @Test
  void boundaryValuesAreAccepted() {
    new EngagementTypeWeights(0, 0, 0, 0, 0);
    new EngagementTypeWeights(1, 1, 1, 1, 1);
    new CircleConfig(0, CircleConfig.CIRCLE_SIZE_DEFAULT);
    new CircleConfig(1, CircleConfig.CIRCLE_SIZE_DEFAULT);
    new AmplificationConfig(Double.MIN_VALUE, 1e-9, Math.nextDown(1.0), true, 1, 0);
    new NetworkInfluenceConfig(0, 1, Double.MIN_VALUE);
    new ScoreConfig(0, 1, 0, 1e-9, 1e-9, Math.nextUp(1.0));
    new TopicConfig(1);
    new ExplanationConfig(0, ExplanationConfig.MAX_KEPT);
  }

  @Test
  void withersReplaceOneSection() {
    ModelConfig config = ModelConfig.defaults().withTopics(new TopicConfig(5));

    assertEquals(5, config.topics().minEngagedPosts());
    assertEquals(ModelConfig.defaults().score(), config.score());
  }
}
