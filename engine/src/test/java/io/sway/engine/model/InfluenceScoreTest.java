package io.sway.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InfluenceScoreTest {
  /** The score is a closed form: compare to rounding. */
  private static final double EXACT = 1e-9;

  /** The documented anchor table prints one decimal. */
  private static final double TABLE = 0.05;

  private static final double[] PARTS = {
    0, 1e-3, 0.1, 0.3, 1, 2, 5, 10, 30, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e12
  };
  private static final double[] AMPLIFICATIONS = {0, 0.01, 0.1, 0.3, 0.5, 0.9, 1};

  private final InfluenceScore scale = new InfluenceScore(ScoreConfig.defaults());

  @Test
  void scoreIsMonotoneAndBelowOneHundred() {
    for (double amplification : AMPLIFICATIONS) {
      for (int i = 0; i < PARTS.length; i++) {
        for (int j = 0; j < PARTS.length; j++) {
          double score = scale.score(scale.audience(PARTS[i], PARTS[j], amplification), true);
          assertTrue(score >= 1.0 && score < 100.0, "score " + score);
          assertTrue(InfluenceScore.points(score) <= InfluenceScore.MAX_POINTS);
          if (i > 0) {
            assertTrue(
                score >= scale.score(scale.audience(PARTS[i - 1], PARTS[j], amplification), true));
          }
          if (j > 0) {
            assertTrue(
                score >= scale.score(scale.audience(PARTS[i], PARTS[j - 1], amplification), true));
          }
        }
      }
    }
    for (int i = 1; i < PARTS.length; i++) {
      assertTrue(scale.curve(PARTS[i]) > scale.curve(PARTS[i - 1]), "strictly rising");
      assertTrue(
          scale.curve(scale.audience(PARTS[i], 0, 1)) > scale.curve(scale.audience(PARTS[i], 0, 0)));
    }
    assertTrue(scale.curve(Double.MAX_VALUE) < 100.0);
    assertEquals(99, InfluenceScore.points(scale.curve(Double.MAX_VALUE)));
  }

  @Test
  void calibrationHitsTheDocumentedAnchors() {
    assertEquals(16.0, scale.curve(1), TABLE);
    assertEquals(30.4, scale.curve(10), TABLE);
    assertEquals(50.0, scale.curve(ScoreConfig.MIDPOINT_DEFAULT), EXACT);
    assertEquals(69.6, scale.curve(1e3), TABLE);
    assertEquals(84.0, scale.curve(1e4), TABLE);
    assertEquals(92.3, scale.curve(1e5), TABLE);
    assertEquals(96.5, scale.curve(1e6), TABLE);
    assertEquals(98.4, scale.curve(1e7), TABLE);
    assertEquals(99.3, scale.curve(1e8), TABLE);
  }

  @Test
  void anIdleAccountsPublishedScoreFadesToZeroAndAnActiveOneKeepsAtLeastOne() {
    assertEquals(42.0, InfluenceScore.published(42.0, false));
    assertEquals(0.5, InfluenceScore.published(0.5, false));
    assertEquals(0.0, InfluenceScore.published(0.49, false));
    assertEquals(1.0, InfluenceScore.published(0.2, true));
    assertEquals(42.0, InfluenceScore.published(42.0, true));
  }

  @Test
  void inactiveAccountsScoreZeroAndActiveOnesAtLeastOne() {
    assertEquals(0.0, scale.score(0.0, false));
    assertEquals(0.0, scale.score(1e6, false));
    assertEquals(1.0, scale.score(0.0, true));
    assertEquals(1.0, scale.score(1e-6, true));
    assertEquals(0, InfluenceScore.points(0.0));
    assertEquals(1, InfluenceScore.points(1.0));
    assertEquals(48, InfluenceScore.points(48.49));
    assertEquals(99, InfluenceScore.points(99.6));
  }

  @Test
  void contributionsSumToTheScoreAndAreNonNegative() {
    int n = PARTS.length * PARTS.length * AMPLIFICATIONS.length;
    double[] reach = new double[n];
    double[] influence = new double[n];
    double[] amplification = new double[n];
    boolean[] active = new boolean[n];
    int a = 0;
    for (double r : PARTS) {
      for (double i : PARTS) {
        for (double m : AMPLIFICATIONS) {
          reach[a] = r;
          influence[a] = i;
          amplification[a] = m;
          active[a++] = true;
        }
      }
    }

    ScoreResult result = scale.accounts(reach, influence, amplification, active);

    for (a = 0; a < n; a++) {
      double sum =
          result.reachPoints()[a] + result.influencePoints()[a] + result.amplificationPoints()[a];
      assertTrue(result.reachPoints()[a] >= 0 && result.influencePoints()[a] >= 0
          && result.amplificationPoints()[a] >= 0, "account " + a);
      assertEquals(scale.curve(result.audience()[a]), sum, EXACT, "account " + a);
      if (result.score(a) > 1.0) {
        assertEquals(result.score(a), sum, EXACT, "account " + a);
      }
      if (reach[a] == influence[a]) {
        assertEquals(result.reachPoints()[a], result.influencePoints()[a], EXACT);
      }
      if (amplification[a] == 0.0) {
        assertEquals(0.0, result.amplificationPoints()[a], EXACT);
      }
    }
  }

  @Test
  void personCombinesAccountsNotAsASum() {
    double one = 250.0;

    double two = scale.personAudience(one, one);
    double withWeakSecond = scale.personAudience(one, one / 10);

    assertEquals(Math.sqrt(2) * one, two, EXACT);
    assertEquals(one * Math.sqrt(1.01), withWeakSecond, EXACT);
    assertEquals(one, scale.personAudience(one), EXACT);
    assertEquals(0.0, scale.personAudience(0.0, 0.0));
    assertTrue(scale.curve(two) > scale.curve(one));
    assertTrue(scale.curve(two) < scale.curve(2 * one));
  }

  @Test
  void personsScoreZeroOnlyWhenNoAccountWasActive() {
    int[] person = {0, 0, 1, -1, 2};
    double[] audience = {10, 10, 0, 50, 0};
    boolean[] active = {true, false, true, true, false};

    PersonScores persons = scale.persons(person, audience, active);

    assertEquals(3, persons.personCount());
    assertEquals(scale.curve(Math.sqrt(200)), persons.score(0), EXACT);
    assertEquals(1.0, persons.score(1));
    assertEquals(0.0, persons.score(2));
    assertEquals(2, persons.accounts()[0]);
  }
}
