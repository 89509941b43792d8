package io.sway.loader.synthetic;

/**
 * Whom an account follows, as a replayable function of the account: its obligations (farm-mates
 * and farm targets, bought-from clients, pod-mates, sockpuppet ring) and its own choices, drawn by
 * popularity from its community (share {@code inCommunityFollowShare}) or its whole network. The
 * follow phase writes these; the engagement phase replays them to find what an account sees,
 * so no follow is ever stored.
 *
 * <p><b>Reciprocity without storage.</b> Whether a pair of accounts is mutual is a coin of the
 * unordered pair ({@link #mutual}), and so is which of the two "owns" it ({@link #ownerKey}). Only
 * the owner's draw may produce the pair: it writes its own follow and, if the other account has
 * no obligations of its own, the follow back; the other account rejects the pair when drawing.
 * Every follow therefore has exactly one place it can be written from, and no follow is written
 * twice, with no memory of what was written. A twin uses its client's coins, so the pair of them
 * is treated alike by everyone.
 */
final class FolloweeDraws {
  private static final double OUT_DEGREE_SIGMA = 1.0;
  private static final int MAX_OWN_FOLLOWS = 5_000;
  private static final int ATTEMPTS_PER_FOLLOW = 4;
  private static final int MIN_ATTEMPTS = 8;
  private static final double PUPPET_FOLLOW_FACTOR = 0.5;
  private static final int FARM_OWN_FOLLOWS_MAX = 3;
  private static final int FAKE_OWN_FOLLOWS_MAX = 4;
  /**
   * Own choices per account are {@code followsPerAccount / (1 + this)}: follows back and the
   * adversaries' obligations make up the rest (measured on default configs).
   */
  static final double EXTRA_FOLLOWS_ALLOWANCE = 0.08;
  static final double FARM_FOLLOW_DENSITY = 0.8;
  static final double OWNER_FOLLOWS_PUPPET_SHARE = 0.5;

  private final Population population;
  private final long seed;
  private final double meanOwnFollows;

  FolloweeDraws(Population population) {
    this.population = population;
    this.seed = population.seed;
    this.meanOwnFollows =
        population.config.followsPerAccount() / (1.0 + EXTRA_FOLLOWS_ALLOWANCE);
  }

  /** The accounts {@code account} follows by obligation, in a fixed order. */
  void mandatory(int account, IntList out) {
    Population p = population;
    int index = p.tieIndex[account];
    switch (p.tie[account]) {
      case Population.TIE_FARM -> {
        for (int i = 0; i < p.config.spamFarmSize(); i++) {
          int mate = p.farmMember(index, i);
          if (mate != account
              && SplitMix.unit(seed, Purpose.FARM_LINK, account, mate) < FARM_FOLLOW_DENSITY) {
            out.add(mate);
          }
        }
        for (int target : p.farmTargets[index]) {
          out.add(target);
        }
      }
      case Population.TIE_FAKE -> {
        for (int client = 0; client < p.clientAccount.length; client++) {
          if (p.boughtBy(client, index)) {
            out.add(p.clientAccount[client]);
          }
        }
      }
      case Population.TIE_POD -> {
        for (int mate : p.podMembers[index]) {
          if (mate != account) {
            out.add(mate);
          }
        }
      }
      case Population.TIE_PUPPET -> {
        out.add(p.ownerAccount[index]);
        for (int i = 0; i < p.config.sockpuppetsPerOwner(); i++) {
          int sibling = p.puppet(index, i);
          if (sibling != account) {
            out.add(sibling);
          }
        }
      }
      case Population.TIE_OWNER -> {
        for (int i = 0; i < p.config.sockpuppetsPerOwner(); i++) {
          int puppet = p.puppet(index, i);
          if (SplitMix.unit(seed, Purpose.OWNER_FOLLOWS_PUPPET, puppet, 0)
              < OWNER_FOLLOWS_PUPPET_SHARE) {
            out.add(puppet);
          }
        }
      }
      default -> {
        // no obligations
      }
    }
  }

  /**
   * Appends the account's own followee choices to {@code out}, skipping every account in {@code
   * taken} (which the caller fills with the obligations) and adding the choices to it. Twins
   * replay their client's stream, so they choose the same accounts.
   */
  void draw(int account, LongSet taken, IntList out) {
    Population p = population;
    int key = p.key(account);
    SplitMix random = SplitMix.of(seed, Purpose.FOLLOW_DRAWS, key);
    int wanted;
    boolean communityDraws;
    switch (p.tie[account]) {
      case Population.TIE_FARM -> {
        wanted = random.nextInt(FARM_OWN_FOLLOWS_MAX + 1);
        communityDraws = false;
      }
      case Population.TIE_FAKE -> {
        wanted = random.nextInt(FAKE_OWN_FOLLOWS_MAX + 1);
        communityDraws = false;
      }
      default -> {
        double mean = meanOwnFollows
            * (p.tie[account] == Population.TIE_PUPPET ? PUPPET_FOLLOW_FACTOR : 1.0);
        wanted = (int) Math.min(MAX_OWN_FOLLOWS,
            Math.round(random.logNormalWithMean(mean, OUT_DEGREE_SIGMA)));
        communityDraws = p.community[account] != Population.NO_COMMUNITY;
      }
    }
    int attempts = Math.max(MIN_ATTEMPTS, ATTEMPTS_PER_FOLLOW * wanted);
    int chosen = 0;
    for (int attempt = 0; attempt < attempts && chosen < wanted; attempt++) {
      boolean inCommunity =
          communityDraws && random.chance(p.config.inCommunityFollowShare());
      int candidate = inCommunity
          ? p.communityTable.sample(p.communityGroup(account), random)
          : p.networkTable.sample(p.network[account], random);
      if (candidate == GroupedAliasTable.NONE || p.key(candidate) == key
          || taken.contains(candidate)
          || (mutual(account, candidate) && ownerKey(account, candidate) != key)) {
        continue;
      }
      taken.add(candidate);
      out.add(candidate);
      chosen++;
    }
  }

  /**
   * Whether the follow between {@code a} and {@code b} is returned: probability {@code
   * peerReciprocity * sqrt(smaller popularity / larger popularity)}.
   */
  boolean mutual(int a, int b) {
    Population p = population;
    float pa = p.popularity[a];
    float pb = p.popularity[b];
    double larger = Math.max(pa, pb);
    if (larger <= 0) {
      return false;
    }
    double probability =
        p.config.peerReciprocity() * StrictMath.sqrt(Math.min(pa, pb) / larger);
    int ka = p.key(a);
    int kb = p.key(b);
    return SplitMix.unit(seed, Purpose.MUTUAL, Math.min(ka, kb), Math.max(ka, kb)) < probability;
  }

  /** The key of the account whose draw may produce the (mutual) pair. */
  int ownerKey(int a, int b) {
    int ka = population.key(a);
    int kb = population.key(b);
    int low = Math.min(ka, kb);
    int high = Math.max(ka, kb);
    return SplitMix.unit(seed, Purpose.MUTUAL_OWNER, low, high) < 0.5 ? low : high;
  }
}
