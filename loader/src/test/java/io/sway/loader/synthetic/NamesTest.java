package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final int COUNTERS = 20_000;

  @Test
  void suffixesNeverRepeat() {
    Set<String> personal = new HashSet<>();
    Set<String> bulk = new HashSet<>();
    for (int counter = 0; counter < COUNTERS; counter++) {
      assertTrue(personal.add(Names.personalSuffix(counter)), "personal " + counter);
      assertTrue(bulk.add(Names.bulkSuffix(counter)), "bulk " + counter);
    }
    assertEquals("", Names.personalSuffix(0));
    assertEquals(2, Names.personalSuffix(1).length());
    assertEquals(4, Names.bulkSuffix(0).length());
  }

  @Test
  void handlesTakeTheShapeOfTheirNetwork() {
    Names names = new Names();
    int name = 0;
    assertEquals("@amber_lee", names.personalHandle(Network.TWITTER, name));
    assertEquals("@amber_lee10", names.personalHandle(Network.TWITTER, name));
    assertEquals("@amber.lee", names.personalHandle(Network.INSTAGRAM, name));
    assertEquals("@amber-lee.bsky.social", names.personalHandle(Network.BLUESKY, name));
    assertEquals("@amber_lee@mastodon.social", names.personalHandle(Network.MASTODON, name));
    assertTrue(names.bulkHandle(Network.TWITTER, name).matches("@amberlee\\d{4}"));
    assertEquals("Amber Lee", Names.displayName(name));
  }

  @Test
  void biosNameTheInterests() {
    int interests = (1 << 21) | (1 << 15);
    String bio = Names.personalBio(interests, SplitMix.of(1, 0, 0));
    assertTrue(bio.endsWith("Into books and cycling."), bio);
  }
}
