package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorConfigTest {

  @Test
  void defaultsMatchTheDocumentedScale() {
    GeneratorConfig config = GeneratorConfig.builder(100_000, 1).build();
    assertEquals(120, config.days());
    assertEquals(LocalDate.of(2026, 6, 30), config.endDate());
    assertEquals(20.0, config.followsPerAccount());
    assertEquals(10.0, config.interactionsPerAccount());
    assertEquals(50, config.communities());
    assertEquals(100, config.celebrities());
    assertEquals(40, config.spamFarms());
    assertEquals(50, config.spamFarmSize());
    assertEquals(2, config.boughtFollowerClients());
    assertEquals(2_000, config.boughtFollowersPerClient());
    assertEquals(3_000, config.fakeFollowerAccounts());
    assertEquals(10, config.pods());
    assertEquals(5, config.sockpuppetOwners());
  }

  @Test
  void smallNetworksStillGetEveryAdversary() {
    GeneratorConfig config = GeneratorConfig.builder(GeneratorConfig.MIN_ACCOUNTS, 1).build();
    assertTrue(config.spamFarms() >= 1 && config.spamFarmSize() >= 2);
    assertTrue(config.boughtFollowerClients() >= 1 && config.boughtFollowersPerClient() >= 1);
    assertTrue(config.pods() >= 1 && config.sockpuppetOwners() >= 1 && config.celebrities() >= 1);
  }

  @Test
  void settingFollowersPerClientSizesThePoolToMatch() {
    GeneratorConfig config =
        GeneratorConfig.builder(100_000, 1).boughtFollowersPerClient(10_000).build();
    assertEquals(10_000, config.fakeFollowerAccounts());
  }

  @Test
  void ofSetsTheCommandLineKnobs() {
    GeneratorConfig config = GeneratorConfig.of(5_000, 9, 150);
    assertEquals(5_000, config.accounts());
    assertEquals(9, config.seed());
    assertEquals(150, config.days());
    assertEquals(LocalDate.of(2026, 2, 1), config.windowStart());
  }

  @Test
  void toBuilderKeepsEveryValue() {
    GeneratorConfig config = GeneratorConfig.demoSample();
    assertEquals(config, config.toBuilder().build());
    assertEquals(config.genuineAccounts(), 400 - 20 - 60 - 1 - 2);
  }

  @Test
  void withoutAdversariesLeavesOnlyGenuineAccounts() {
    GeneratorConfig config = GeneratorConfig.builder(1_000, 1).withoutAdversaries().build();
    assertEquals(1_000, config.genuineAccounts());
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        bad(b -> GeneratorConfig.builder(99, 1), "accounts must be >= 100, was 99"),
        bad(b -> b.days(3), "days must be in [28, 3650], was 3"),
        bad(b -> b.endDate(LocalDate.of(1990, 1, 1)), "endDate must be in"),
        bad(b -> b.followsPerAccount(-1), "followsPerAccount must be in [0.0, 10000.0], was -1.0"),
        bad(b -> b.interactionsPerAccount(Double.NaN), "interactionsPerAccount"),
        bad(b -> b.inCommunityFollowShare(1.5),
            "inCommunityFollowShare must be in [0.0, 1.0], was 1.5"),
        bad(b -> b.peerReciprocity(-0.1), "peerReciprocity"),
        bad(b -> b.popularityTailExponent(1.0),
            "popularityTailExponent must be in (1, 5], was 1.0"),
        bad(b -> b.communities(0), "communities must be in [1, 2000], was 0"),
        bad(b -> b.podSize(1), "podSize must be in [2, 100], was 1"),
        bad(b -> b.fakeFollowerAccounts(5).boughtFollowersPerClient(10),
            "fakeFollowerAccounts must be >= 10, was 5"),
        bad(b -> b.boughtFollowerClients(0).boughtFollowersPerClient(0).fakeFollowerAccounts(7),
            "fakeFollowerAccounts must be 0 when boughtFollowerClients is 0"),
        bad(b -> b.pauseDays(40), "pauseDays must be in [1, 30], was 40"),
        bad(b -> b.spamFarms(30).spamFarmSize(50), "must leave at least half of the 2000 accounts"),
        bad(b -> b.pods(100).podSize(20), "must be at most half of the"));
  }

  private static Arguments bad(UnaryOperator<GeneratorConfig.Builder> change, String message) {
    return Arguments.of(change, message);
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void badParametersNameTheKeyAndTheValue(UnaryOperator<GeneratorConfig.Builder> change,
      String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> change.apply(GeneratorConfig.builder(2_000, 1)).build());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
