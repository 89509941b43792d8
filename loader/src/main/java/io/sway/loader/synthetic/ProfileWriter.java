package io.sway.loader.synthetic;

import java.io.IOException;

/**
 * Writes {@code accounts.csv} and {@code persons.csv} in account-id order. Profiles carry the
 * usual tells: bulk-made accounts (farms, fake followers) have run-together handles with long
 * numbers and mostly empty or promotional bios; genuine accounts have personal handles, and the
 * accounts of one person share a name across networks. Sockpuppets look like genuine accounts
 * and are not listed under their owner.
 */
final class ProfileWriter {
  private static final double PERSONAL_BIO_SHARE = 0.75;
  private static final double SPAM_BIO_SHARE = 0.5;
  private static final double FAKE_BIO_SHARE = 0.15;
  private static final double FAKE_EMPTY_NAME_SHARE = 0.4;

  private final Population population;

  ProfileWriter(Population population) {
    this.population = population;
  }

  void writeAccounts(CsvTable accounts) throws IOException {
    Population p = population;
    Names names = new Names();
    for (int id = 0; id < p.size; id++) {
      int account = p.accountAt[id];
      Network network = p.networkOf(account);
      SplitMix random = SplitMix.of(p.seed, Purpose.PROFILE, p.key(account));
      boolean bulk = p.tie[account] == Population.TIE_FARM || p.tie[account] == Population.TIE_FAKE;
      String handle = bulk ? names.bulkHandle(network, p.name[account])
          : names.personalHandle(network, p.name[account]);
      String displayName = Names.displayName(p.name[account]);
      String bio = "";
      switch (p.roleOf(account)) {
        case CELEBRITY -> bio = Names.celebrityBio(p.interests[account]);
        case SPAM -> bio = random.chance(SPAM_BIO_SHARE) ? Names.spamBio(random) : "";
        case BOUGHT_FOLLOWER -> {
          bio = random.chance(FAKE_BIO_SHARE) ? Names.fakeBio(random) : "";
          if (random.chance(FAKE_EMPTY_NAME_SHARE)) {
            displayName = "";
          }
        }
        default -> bio = random.chance(PERSONAL_BIO_SHARE)
            ? Names.personalBio(p.interests[account], random) : "";
      }
      accounts.row(p.accountId(account), network.code(), handle,
          Timestamps.instant(p.createdAt[account]), displayName,
          Boolean.toString(p.verified(account)), bio);
    }
  }

  void writePersons(CsvTable persons) throws IOException {
    Population p = population;
    for (int id = 0; id < p.size; id++) {
      int account = p.accountAt[id];
      if (p.person[account] != Population.NO_PERSON) {
        persons.row(p.personId(p.person[account]), p.accountId(account));
      }
    }
  }
}
