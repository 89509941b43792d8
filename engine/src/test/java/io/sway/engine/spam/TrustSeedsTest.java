package io.sway.engine.spam;

import static io.sway.engine.spam.SmallNetwork.AS_OF;
import static io.sway.engine.spam.SmallNetwork.DAY;
import static io.sway.engine.spam.SmallNetwork.WINDOW_START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustSeedsTest {

  private static TrustSeeds choose(Activity activity, SpamConfig config, int... configured) {
    return TrustSeeds.choose(activity, TrustGraph.of(activity, config), configured, config);
  }

  @Test
  void verifiedAccountsAreSeeds() {
    SmallNetwork network = new SmallNetwork();
    network.community(12, 3, 8);

    TrustSeeds seeds = choose(network.build(), SpamConfig.defaults());

    assertArrayEquals(new int[] {3, 8}, seeds.accounts());
    assertEquals(2, seeds.verified());
    assertEquals("2 verified", seeds.description());
  }

  @Test
  void configuredSeedsAreAddedToVerifiedOnesOnce() {
    SmallNetwork network = new SmallNetwork();
    network.community(12, 3, 8);

    TrustSeeds seeds = choose(network.build(), SpamConfig.defaults(), 5, 3, 5);

    assertArrayEquals(new int[] {3, 5, 8}, seeds.accounts());
    assertEquals(2, seeds.configured());
    assertEquals(1, seeds.verified());
    assertEquals("2 configured, 1 verified", seeds.description());
  }

  @Test
  void verifiedSeedsCanBeTurnedOff() {
    SmallNetwork network = new SmallNetwork();
    network.community(12, 3, 8);

    TrustSeeds seeds =
        choose(network.build(), SpamConfig.defaults().withVerifiedSeeds(false), 5);

    assertArrayEquals(new int[] {5}, seeds.accounts());
  }

  @Test
  void aNetworkWithoutSeedsGetsItsTopPageRankAccounts() {
    // a star on mastodon: everyone follows the hub 0 and the hub follows everyone back
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int hub = builder.addAccount(AS_OF - 1_000 * DAY, false, "mastodon", -1);
    for (int i = 1; i < 15; i++) {
      int leaf = builder.addAccount(AS_OF - 1_000 * DAY, false, "mastodon", -1);
      builder.addFollow(leaf, hub).addFollow(hub, leaf);
    }
    SpamConfig oneSeed = new SpamConfig(0, 1, 1, 0, true, 0.01, 1, 180, 0.5, 10, 3, 24, 365, 0,
        0.5, SpamConfig.Coefficients.defaults(), List.of());

    TrustSeeds seeds = choose(builder.build(), oneSeed);

    assertArrayEquals(new int[] {hub}, seeds.accounts());
    assertEquals(List.of("mastodon"), seeds.automaticNetworks());
    assertEquals("1 automatic (top PageRank of mastodon)", seeds.description());
  }

  @Test
  void automaticSeedsAreChosenOnlyInNetworksThatLackThem() {
    SmallNetwork network = new SmallNetwork();
    network.community(12, 3);
    ActivityBuilder builder = network.builder;
    int first = builder.accountCount();
    for (int i = 0; i < 12; i++) {
      builder.addAccount(AS_OF - 1_000 * DAY, false, "bluesky", -1);
    }
    for (int i = 0; i < 12; i++) {
      builder.addFollow(first + i, first + (i + 1) % 12).addFollow(first + (i + 1) % 12, first + i);
    }

    TrustSeeds seeds = choose(network.build(), SpamConfig.defaults());

    // on a ring every bluesky account has the same rank: ties go to the lower index
    assertEquals(1, seeds.verified());
    assertEquals(SpamConfig.AUTOMATIC_SEED_MINIMUM_DEFAULT, seeds.automatic());
    assertEquals(List.of("bluesky"), seeds.automaticNetworks());
    int[] expected = new int[1 + SpamConfig.AUTOMATIC_SEED_MINIMUM_DEFAULT];
    expected[0] = 3;
    for (int i = 1; i < expected.length; i++) {
      expected[i] = first + i - 1;
    }
    assertArrayEquals(expected, seeds.accounts());
  }

  @Test
  void automaticSeedsSkipYoungAndUntiedAccounts() {
    // a young hub followed by everyone outranks all, but is too young; the old account 1 has no
    // two-sided tie; the old accounts 2 and 3 follow each other
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int young = builder.addAccount(AS_OF - 10 * DAY, false, "twitter", -1);
    int untied = builder.addAccount(AS_OF - 1_000 * DAY, false, "twitter", -1);
    int a = builder.addAccount(AS_OF - 1_000 * DAY, false, "twitter", -1);
    int b = builder.addAccount(AS_OF - 1_000 * DAY, false, "twitter", -1);
    builder.addFollow(untied, young).addFollow(a, young).addFollow(b, young)
        .addFollow(young, a).addFollow(a, b).addFollow(b, a);

    TrustSeeds seeds = choose(builder.build(), SpamConfig.defaults());

    assertArrayEquals(new int[] {a, b}, seeds.accounts());
  }

  @Test
  void followsMadeByYoungAccountsDoNotMakeASeed() {
    // an old hub followed back and forth by 20 young farm accounts; an old pair following each
    // other and the hub
    ActivityBuilder builder = new ActivityBuilder(WINDOW_START, AS_OF);
    int hub = builder.addAccount(AS_OF - 1_000 * DAY, false, "twitter", -1);
    int a = builder.addAccount(AS_OF - 1_000 * DAY, false, "twitter", -1);
    int b = builder.addAccount(AS_OF - 900 * DAY, false, "twitter", -1);
    builder.addFollow(a, b).addFollow(b, a).addFollow(a, hub).addFollow(hub, a);
    for (int i = 0; i < 20; i++) {
      int fake = builder.addAccount(AS_OF - 30 * DAY, false, "twitter", -1);
      builder.addFollow(fake, hub).addFollow(hub, fake);
    }
    SpamConfig oneSeed = new SpamConfig(0, 1, 1, 0, true, 0.01, 1, 180, 0.5, 10, 3, 24, 365, 0,
        0.5, SpamConfig.Coefficients.defaults(), List.of());

    TrustSeeds seeds = choose(builder.build(), oneSeed);

    assertArrayEquals(new int[] {a}, seeds.accounts());
  }

  @Test
  void configuredSeedOutsideTheAccountsIsRejected() {
    SmallNetwork network = new SmallNetwork();
    network.community(4);

    var e = assertThrows(IllegalArgumentException.class,
        () -> choose(network.build(), SpamConfig.defaults(), -1));

    assertEquals("configured seed must be an account in [0, 4), was -1", e.getMessage());
  }
}
