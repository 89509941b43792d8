package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionKeySetTest {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final int NO_POST = -1;

  @Test
  void secondEqualInteractionIsRefused() {
    InteractionKeySet keys = new InteractionKeySet();
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT));
    assertFalse(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT));
    assertEquals(1, keys.size());
  }

  @Test
  void targetIsIgnoredWhenThereIsAPost() {
    InteractionKeySet keys = new InteractionKeySet();
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT));
    assertFalse(keys.add(1, InteractionType.LIKE, 7, 3, AT));
  }

  @Test
  void everyPartOfTheKeyCounts() {
    InteractionKeySet keys = new InteractionKeySet();
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT));
    assertTrue(keys.add(2, InteractionType.LIKE, 7, NO_POST, AT));
    assertTrue(keys.add(1, InteractionType.RESHARE, 7, NO_POST, AT));
    assertTrue(keys.add(1, InteractionType.LIKE, 8, NO_POST, AT));
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT.plusMillis(1)));
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, AT.plusNanos(1)));
    assertTrue(keys.add(1, InteractionType.LIKE, NO_POST, 7, AT), "account 7 is not post 7");
    assertTrue(
        keys.add(1, InteractionType.LIKE, 7, NO_POST, Instant.parse("1969-12-31T23:59:59Z")));
    assertTrue(keys.add(1, InteractionType.LIKE, 7, NO_POST, Instant.MAX));
    assertFalse(keys.add(1, InteractionType.LIKE, 7, NO_POST, Instant.MAX));
    assertEquals(9, keys.size());
  }

  @Test
  void keepsEveryKeyWhileGrowing() {
    InteractionKeySet keys = new InteractionKeySet();
    int actors = 300;
    int posts = 100;
    for (int actor = 0; actor < actors; actor++) {
      for (int post = 0; post < posts; post++) {
        assertTrue(keys.add(actor, InteractionType.LIKE, post, NO_POST, AT));
      }
    }
    for (int actor = 0; actor < actors; actor++) {
      for (int post = 0; post < posts; post++) {
        assertFalse(keys.add(actor, InteractionType.LIKE, post, NO_POST, AT));
      }
    }
    assertEquals(actors * posts, keys.size());
  }
}
