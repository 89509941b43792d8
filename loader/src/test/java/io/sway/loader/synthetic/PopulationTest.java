package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static Population population;

  @BeforeAll
  static void build() {
    population = Population.build(GeneratorConfig.builder(3_000, 2).build());
  }

  @Test
  void idsArePermutationOfTheAccounts() {
    Set<Integer> ids = new HashSet<>();
    for (int account = 0; account < population.size; account++) {
      ids.add(population.idOf[account]);
      assertEquals(account, population.accountAt[population.idOf[account]]);
    }
    assertEquals(population.size, ids.size());
  }

  @Test
  void sampledTimesAvoidPausesAndInactivity() {
    int checked = 0;
    for (int account = 0; account < population.size; account++) {
      Role role = population.roleOf(account);
      if (role != Role.PAUSED && role != Role.INACTIVE) {
        continue;
      }
      checked++;
      for (int i = 0; i <= 1_000; i++) {
        long time = population.sampleActive(account, i / 1_000.0 * 0.999_999, 0);
        assertTrue(population.isActive(account, time), role + " sampled " + time);
      }
      long pause = population.pauseStart[account];
      if (pause != Population.NO_PAUSE) {
        assertFalse(population.isActive(account, pause));
        assertTrue(population.isActive(account, pause + population.pauseSeconds));
        assertEquals(population.windowLength() - population.pauseSeconds
            - Math.max(0, population.activeFrom(account) - population.windowStart),
            population.activeSeconds(account));
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void twinsCopyTheirClient() {
    for (int c = 0; c < population.clientAccount.length; c++) {
      int client = population.clientAccount[c];
      int twin = population.twinAccount[c];
      assertEquals(client, population.key(twin));
      assertEquals(population.postCount[client], population.postCount[twin]);
      assertEquals(population.popularity[client], population.popularity[twin]);
      assertEquals(population.interests[client], population.interests[twin]);
    }
  }

  @Test
  void fakeFollowersAreSoldExactlyTheConfiguredNumberOfTimes() {
    for (int c = 0; c < population.clientAccount.length; c++) {
      int sold = 0;
      for (int pool = 0; pool < population.config.fakeFollowerAccounts(); pool++) {
        sold += population.boughtBy(c, pool) ? 1 : 0;
      }
      assertEquals(population.config.boughtFollowersPerClient(), sold);
    }
  }
}
