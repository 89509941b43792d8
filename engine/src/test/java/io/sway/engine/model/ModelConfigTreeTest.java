package io.sway.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.spam.SpamConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTreeTest {

  private static InvalidConfigException rejected(Map<String, ?> tree) {
    return assertThrows(InvalidConfigException.class, () -> ModelConfigTree.fromTree(tree));
  }

  @Test
  void emptyTreeGivesTheDefaults() {
    assertEquals(ModelConfig.defaults(), ModelConfigTree.fromTree(Map.of()));
  }

  @Test
  void treeOverlaysOnlyWhatItNames() {
    ModelConfig config =
        ModelConfigTree.fromTree(
            Map.of(
                "amplification", Map.of("priorStrength", 25, "priorFromPopulation", true),
                "topics", Map.of("minEngagedPosts", 4.0),
                "explanations", Map.of("topPosts", 7L)));

    assertEquals(25.0, config.amplification().priorStrength());
    assertTrue(config.amplification().priorFromPopulation());
    assertEquals(AmplificationConfig.RESHARE_MEAN_DEFAULT, config.amplification().reshareMean());
    assertEquals(4, config.topics().minEngagedPosts());
    assertEquals(7, config.explanations().topPosts());
    assertEquals(ModelConfig.defaults().score(), config.score());
  }

  @Test
  void treeRoundTripsWithEveryKeyPresent() {
    ModelConfig config =
        ModelConfig.defaults()
            .withScore(new ScoreConfig(0.5, 2, 1, 50, 0.4, 3))
            .withCircles(new CircleConfig(0.5, CircleConfig.CIRCLE_SIZE_DEFAULT));
    config =
        ModelConfigTree.fromTree(
            Map.of("spam", Map.of("seeds", List.of("alice", "bob"), "threshold", 0.7),
                "score", ModelConfigTree.toTree(config).get("score"),
                "circles", ModelConfigTree.toTree(config).get("circles")));

    Map<String, Object> tree = ModelConfigTree.toTree(config);

    assertEquals(
        List.of("engagementWeights", "circles", "amplification", "influence", "score", "topics",
            "explanations", "spam"),
        new ArrayList<>(tree.keySet()));
    assertEquals(6, ((Map<?, ?>) tree.get("score")).size());
    assertEquals(config, ModelConfigTree.fromTree(tree));
  }

  @Test
  void badValueInTheTreeNamesTheDottedKey() {
    var e = rejected(Map.of("amplification", Map.of("priorStrength", -1)));

    assertEquals("amplification.priorStrength must be > 0, was -1", e.getMessage());
    assertEquals("amplification.priorStrength", e.key());
  }

  @Test
  void unknownKeysAreRejected() {
    var inSection = rejected(Map.of("amplification", Map.of("priorStrenght", 3)));
    var section = rejected(Map.of("pagerank", Map.of()));

    assertEquals("amplification.priorStrenght", inSection.key());
    assertTrue(
        inSection.getMessage().startsWith(
            "unknown key amplification.priorStrenght; known keys: amplification.priorStrength,"),
        inSection.getMessage());
    assertEquals(
        "unknown key pagerank; known keys: engagementWeights, circles, amplification, influence,"
            + " score, topics, explanations, spam",
        section.getMessage());
  }

  @Test
  void valuesOfTheWrongTypeAreRejected() {
    assertEquals(
        "amplification.priorStrength must be a number, was \"ten\"",
        rejected(Map.of("amplification", Map.of("priorStrength", "ten"))).getMessage());
    assertEquals(
        "topics.minEngagedPosts must be an integer, was 2.5",
        rejected(Map.of("topics", Map.of("minEngagedPosts", 2.5))).getMessage());
    assertEquals(
        "topics.minEngagedPosts must be an integer, was 1E+10",
        rejected(Map.of("topics", Map.of("minEngagedPosts", new BigDecimal("1E+10"))))
            .getMessage());
    assertEquals(
        "amplification.priorFromPopulation must be true or false, was \"yes\"",
        rejected(Map.of("amplification", Map.of("priorFromPopulation", "yes"))).getMessage());
    assertEquals(
        "circles must be an object, was 0.5", rejected(Map.of("circles", 0.5)).getMessage());
    Map<String, Object> nullValue = new HashMap<>();
    nullValue.put("discount", null);
    assertEquals(
        "circles.discount must be a number, was null",
        rejected(Map.of("circles", nullValue)).getMessage());
  }

  @Test
  void spamSectionIsTypedWithNestedCoefficientsAndSeeds() {
    List<Object> seeds = new ArrayList<>(List.of("alice"));
    Map<String, Object> spam = new LinkedHashMap<>();
    spam.put("seeds", seeds);
    spam.put("rounds", 4);
    spam.put("coefficients", Map.of("cohort", 6.5));

    ModelConfig config = ModelConfigTree.fromTree(Map.of("spam", spam));
    seeds.add("mallory");

    assertEquals(List.of("alice"), config.spam().seeds());
    assertEquals(4, config.spam().rounds());
    assertEquals(6.5, config.spam().coefficients().cohort());
    assertEquals(SpamConfig.Coefficients.YOUNG_DEFAULT, config.spam().coefficients().young());
    assertEquals(SpamConfig.THRESHOLD_DEFAULT, config.spam().threshold());
  }

  @Test
  void badSpamValuesAreRejectedNamingTheirKey() {
    assertEquals("spam.seeds[1] must be a string, was null",
        rejected(Map.of("spam", Map.of("seeds", Arrays.asList("alice", null)))).getMessage());
    assertEquals("spam.seeds must be a list of strings, was \"alice\"",
        rejected(Map.of("spam", Map.of("seeds", "alice"))).getMessage());
    assertEquals("spam.threshold must be in (0,1), was 1.5",
        rejected(Map.of("spam", Map.of("threshold", 1.5))).getMessage());
    assertEquals("spam.coefficients.cohort must be finite and >= 0, was -1.0",
        rejected(Map.of("spam", Map.of("coefficients", Map.of("cohort", -1.0)))).getMessage());
    assertTrue(rejected(Map.of("spam", Map.of("coefficients", Map.of("cohrt", 1.0))))
        .getMessage().startsWith("unknown key spam.coefficients.cohrt; known keys: "));
  }

  @Test
  void theTreeOfAConfigReadsBackToTheSameConfig() {
    ModelConfig config = ModelConfigTree.fromTree(
        Map.of("spam", Map.of("seeds", List.of("alice", "bob"), "threshold", 0.7)));

    assertEquals(config, ModelConfigTree.fromTree(ModelConfigTree.toTree(config)));
  }
}
