package io.sway.engine.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpamConfigTest {

  @Test
  void defaultsAreTheNamedConstants() {
    SpamConfig d = SpamConfig.defaults();

    assertEquals(SpamConfig.ROUNDS_AUTOMATIC, d.rounds());
    assertEquals(SpamConfig.FOLLOW_WEIGHT_DEFAULT, d.followWeight());
    assertEquals(SpamConfig.ENGAGEMENT_WEIGHT_DEFAULT, d.engagementWeight());
    assertEquals(SpamConfig.ONE_SIDED_SHARE_DEFAULT, d.oneSidedShare());
    assertEquals(SpamConfig.VERIFIED_SEEDS_DEFAULT, d.verifiedSeeds());
    assertEquals(SpamConfig.AUTOMATIC_SEED_SHARE_DEFAULT, d.automaticSeedShare());
    assertEquals(SpamConfig.AUTOMATIC_SEED_MINIMUM_DEFAULT, d.automaticSeedMinimum());
    assertEquals(SpamConfig.AUTOMATIC_SEED_MIN_AGE_DAYS_DEFAULT, d.automaticSeedMinAgeDays());
    assertEquals(SpamConfig.TRUSTED_LEVEL_DEFAULT, d.trustedLevel());
    assertEquals(SpamConfig.TRUSTED_FOLLOWERS_SATURATION_DEFAULT, d.trustedFollowersSaturation());
    assertEquals(SpamConfig.TRUST_DECADES_DEFAULT, d.trustDecades());
    assertEquals(SpamConfig.COHORT_WINDOW_HOURS_DEFAULT, d.cohortWindowHours());
    assertEquals(SpamConfig.YOUNG_AGE_DAYS_DEFAULT, d.youngAgeDays());
    assertEquals(SpamConfig.INACTIVITY_WHOLE_WINDOW, d.inactivityDays());
    assertEquals(SpamConfig.THRESHOLD_DEFAULT, d.threshold());
    assertEquals(new SpamConfig.Coefficients(-7.0, 3.0, 1.5, 5.0, 7.0, 2.5, 2.0),
        d.coefficients());
  }

  @Test
  void automaticRoundsAreCeilingLog2OfTheAccounts() {
    assertEquals(15, SpamConfig.defaults().roundsFor(20_000));
    assertEquals(17, SpamConfig.defaults().roundsFor(100_000));
    assertEquals(4, SpamConfig.defaults().withRounds(4).roundsFor(100_000));
  }

  @Test
  void withersChangeOneKey() {
    SpamConfig d = SpamConfig.defaults();
    SpamConfig changed =
        d.withRounds(7).withThreshold(0.8).withVerifiedSeeds(false).withInactivityDays(30);

    assertEquals(7, changed.rounds());
    assertEquals(0.8, changed.threshold());
    assertEquals(false, changed.verifiedSeeds());
    assertEquals(30, changed.inactivityDays());
    assertEquals(d.coefficients(), changed.coefficients());
    assertEquals(d.cohortWindowHours(), changed.cohortWindowHours());
  }

  @Test
  void boundaryValuesAreAccepted() {
    SpamConfig d = SpamConfig.defaults();
    SpamConfig edge = new SpamConfig(0, 0.0, 0.0, 1.0, false, 1.0, 1, 0.0, Double.MIN_VALUE, 1,
        Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE, 0, Math.nextUp(0.0),
        new SpamConfig.Coefficients(-1e6, 0, 0, 0, 0, 0, 0), List.of());

    assertEquals(1.0, edge.oneSidedShare());
    assertEquals(Math.nextDown(1.0), d.withThreshold(Math.nextDown(1.0)).threshold());
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("rounds", -1, "spam.rounds must be >= 0, was -1"),
        Arguments.of("followWeight", -0.5, "spam.followWeight must be finite and >= 0, was -0.5"),
        Arguments.of("followWeight", Double.NaN,
            "spam.followWeight must be finite and >= 0, was NaN"),
        Arguments.of("engagementWeight", Double.POSITIVE_INFINITY,
            "spam.engagementWeight must be finite and >= 0, was Infinity"),
        Arguments.of("oneSidedShare", 1.5, "spam.oneSidedShare must be in [0,1], was 1.5"),
        Arguments.of("oneSidedShare", -0.1, "spam.oneSidedShare must be in [0,1], was -0.1"),
        Arguments.of("automaticSeedShare", 0.0,
            "spam.automaticSeedShare must be in (0,1], was 0.0"),
        Arguments.of("automaticSeedShare", 1.1,
            "spam.automaticSeedShare must be in (0,1], was 1.1"),
        Arguments.of("automaticSeedMinimum", 0, "spam.automaticSeedMinimum must be >= 1, was 0"),
        Arguments.of("automaticSeedMinAgeDays", -1.0,
            "spam.automaticSeedMinAgeDays must be finite and >= 0, was -1.0"),
        Arguments.of("trustedLevel", 0.0, "spam.trustedLevel must be finite and > 0, was 0.0"),
        Arguments.of("trustedFollowersSaturation", 0,
            "spam.trustedFollowersSaturation must be >= 1, was 0"),
        Arguments.of("trustDecades", -3.0, "spam.trustDecades must be finite and > 0, was -3.0"),
        Arguments.of("cohortWindowHours", 0.0,
            "spam.cohortWindowHours must be finite and > 0, was 0.0"),
        Arguments.of("youngAgeDays", Double.NaN,
            "spam.youngAgeDays must be finite and > 0, was NaN"),
        Arguments.of("inactivityDays", -7, "spam.inactivityDays must be >= 0, was -7"),
        Arguments.of("threshold", 1.5, "spam.threshold must be in (0,1), was 1.5"),
        Arguments.of("threshold", 0.0, "spam.threshold must be in (0,1), was 0.0"),
        Arguments.of("threshold", 1.0, "spam.threshold must be in (0,1), was 1.0"),
        Arguments.of("coefficients", null, "spam.coefficients"),
        Arguments.of("seeds", List.of("a1", " "), "spam.seeds[1] must be an account id, was  "));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badValues")
  void badValueIsRejectedNamingItsKey(String key, Object value, String message) {
    Throwable e = assertThrows(RuntimeException.class,
        () -> with(SpamConfig.class, SpamConfig.defaults(), key, value));

    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> badCoefficients() {
    return Stream.of(
        Arguments.of("intercept", Double.NaN,
            "spam.coefficients.intercept must be finite, was NaN"),
        Arguments.of("intercept", Double.NEGATIVE_INFINITY,
            "spam.coefficients.intercept must be finite, was -Infinity"),
        Arguments.of("lowTrust", -1.0,
            "spam.coefficients.lowTrust must be finite and >= 0, was -1.0"),
        Arguments.of("noMutualTie", Double.NaN,
            "spam.coefficients.noMutualTie must be finite and >= 0, was NaN"),
        Arguments.of("unendorsed", -0.1,
            "spam.coefficients.unendorsed must be finite and >= 0, was -0.1"),
        Arguments.of("cohort", Double.POSITIVE_INFINITY,
            "spam.coefficients.cohort must be finite and >= 0, was Infinity"),
        Arguments.of("silent", -2.0, "spam.coefficients.silent must be finite and >= 0, was -2.0"),
        Arguments.of("young", -2.0, "spam.coefficients.young must be finite and >= 0, was -2.0"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badCoefficients")
  void badCoefficientIsRejectedNamingItsKey(String key, double value, String message) {
    var e = assertThrows(IllegalArgumentException.class, () -> with(
        SpamConfig.Coefficients.class, SpamConfig.Coefficients.defaults(), key, value));

    assertEquals(message, e.getMessage());
  }

  @Test
  void everyKeyHasABadValueTest() {
    assertEquals(
        Arrays.stream(SpamConfig.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("verifiedSeeds")) // a boolean has no bad value
            .sorted()
            .toList(),
        badValues().map(a -> (String) a.get()[0]).distinct().sorted().toList());
    assertEquals(
        Arrays.stream(SpamConfig.Coefficients.class.getRecordComponents())
            .map(RecordComponent::getName)
            .sorted()
            .toList(),
        badCoefficients().map(a -> (String) a.get()[0]).distinct().sorted().toList());
  }

  @Test
  void withersValidateToo() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SpamConfig.defaults().withThreshold(1.5));

    assertEquals("spam.threshold must be in (0,1), was 1.5", e.getMessage());
  }

  /** A copy of {@code record} with one component replaced, through the canonical constructor. */
  private static <R extends Record> R with(Class<R> type, R record, String key, Object value)
      throws Throwable {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = components[i].getName().equals(key)
          ? value
          : components[i].getAccessor().invoke(record);
    }
    Constructor<R> constructor = type.getDeclaredConstructor(types);
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
