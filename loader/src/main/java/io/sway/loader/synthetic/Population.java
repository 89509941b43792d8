package io.sway.loader.synthetic;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Who exists in a synthetic network: every account's latent attributes in primitive arrays
 * indexed by a <em>logical</em> account index, the adversary structures, and the sampling tables
 * for follow choices. Memory is O(accounts), about 100 bytes per account; nothing here grows with
 * the number of follows, posts or interactions.
 *
 * <p>Logical indexes group accounts by kind: genuine accounts {@code [0, genuineEnd)}, then twins,
 * sockpuppets, farm accounts and fake followers. Account ids ({@code a} + number) are a seeded
 * permutation of the logical indexes ({@link #idOf}), so nothing in the data can be read off an
 * id, and every file is written in id order.
 *
 * <p>A twin is a copy of a client (a genuine account that buys followers). Its random decisions
 * are drawn from the client's streams ({@link #key}), so it posts at the same times about the same
 * topics and follows and engages with the same accounts; and every account that follows or
 * engages with the client does the same to the twin. Only the bought followers differ.
 */
final class Population {
  static final long NEVER = -1;
  static final long NO_PAUSE = Long.MIN_VALUE;
  static final int NO_PERSON = -1;
  static final int NO_COMMUNITY = -1;
  static final long DAY = 86_400;
  static final long HOUR = 3_600;
  static final long MINUTE = 60;

  /** How an account takes part in an adversary structure; {@link #tieIndex} says which one. */
  static final byte TIE_NONE = 0;
  static final byte TIE_CLIENT = 1;
  static final byte TIE_TWIN = 2;
  static final byte TIE_FARM_TARGET = 3;
  static final byte TIE_OWNER = 4;
  static final byte TIE_POD = 5;
  static final byte TIE_PUPPET = 6;
  static final byte TIE_FARM = 7;
  static final byte TIE_FAKE = 8;

  private static final double COMMUNITY_SIZE_SIGMA = 0.7;
  private static final int MIN_CORE_TOPICS = 2;
  private static final int MAX_CORE_TOPICS = 3;
  private static final double[] INTEREST_COUNT_SHARES = {0.30, 0.45, 0.25};
  private static final double CORE_INTEREST_SHARE = 0.8;
  private static final double TWO_NETWORK_SHARE = 0.7;
  /** Popularity is truncated at {@code (POPULARITY_CAP_FACTOR * accounts)^(1/alpha)}. */
  private static final double POPULARITY_CAP_FACTOR = 4.0;
  /** Latent influence grows with popularity to this power, times lognormal noise. */
  private static final double INFLUENCE_POPULARITY_EXPONENT = 0.35;
  private static final double INFLUENCE_SIGMA = 0.5;
  private static final double POST_RATE_SIGMA = 1.0;
  private static final double NEW_ACCOUNT_SHARE = 0.05;
  private static final double NEW_ACCOUNT_LATEST = 0.9;
  private static final double ACCOUNT_AGE_MEDIAN_DAYS = 900;
  private static final double ACCOUNT_AGE_SIGMA = 0.8;
  private static final double MAX_ACCOUNT_AGE_DAYS = 6_000;
  private static final double VERIFIED_QUANTILE = 0.99;
  private static final double VERIFIED_SHARE_OF_TOP = 0.3;
  private static final double CLIENT_MIN_QUANTILE = 0.75;
  private static final double CLIENT_MAX_QUANTILE = 0.98;
  private static final int MIN_TIE_POSTS = 5;
  private static final int MIN_PUPPET_POSTS = 2;
  private static final double INACTIVE_FROM_EARLIEST = 0.2;
  private static final double INACTIVE_FROM_LATEST = 0.8;
  private static final double PAUSE_EARLIEST = 0.15;
  private static final double PAUSE_LATEST = 0.75;
  private static final double PURCHASE_EARLIEST = 0.3;
  private static final double PURCHASE_LATEST = 0.6;
  private static final double POD_FORMED_LATEST = 0.3;
  private static final double PUPPET_POPULARITY_FACTOR = 0.5;
  private static final double PUPPET_MIN_AGE_DAYS = 30;
  private static final double PUPPET_MAX_AGE_DAYS = 900;
  private static final double FARM_CREATED_INSIDE_SHARE = 0.3;
  private static final double FARM_CREATED_INSIDE_LATEST = 0.3;
  private static final double FARM_MIN_AGE_DAYS = 5;
  private static final double FARM_MAX_AGE_DAYS = 60;
  static final long FARM_BURST = 3 * HOUR;
  private static final int MAX_FARM_TOPICS = 2;
  static final float SPAM_POPULARITY = 0.3f;
  static final float FAKE_POPULARITY = 0.05f;
  static final float ADVERSARY_INFLUENCE = 0.01f;
  private static final int FAKE_BATCH = 100;
  private static final double FAKE_MIN_AGE_DAYS = 1;
  private static final double FAKE_MAX_AGE_DAYS = 25;
  private static final long FAKE_BATCH_SPREAD = 2 * HOUR;
  private static final int MAX_PICK_ATTEMPTS_PER_ACCOUNT = 50;
  private static final int POD_SEED_ATTEMPTS = 200;

  final GeneratorConfig config;
  final long seed;
  final long windowStart;
  final long windowEnd;
  final long pauseSeconds;
  final int size;
  final int genuineEnd;
  final int twinStart;
  final int puppetStart;
  final int farmStart;
  final int fakeStart;

  final byte[] role;
  final byte[] network;
  final byte[] tie;
  final int[] tieIndex;
  final int[] community;
  final int[] interests;
  final int[] person;
  final int[] name;
  final float[] popularity;
  final float[] influence;
  final long[] createdAt;
  final long[] activeUntil;
  final long[] pauseStart;
  final int[] postCount;
  final long[] postStart;
  final int[] idOf;
  final int[] accountAt;

  int persons;
  long originalPosts;
  float verifiedThreshold;
  int[] communityTopics;

  int[] clientAccount;
  int[] twinAccount;
  long[] purchaseAt;
  int[] poolOffset;

  int[] farmNetwork;
  long[] farmCreated;
  int[] farmTopics;
  int[][] farmTargets;
  int farmCampaigns;

  int[][] podMembers;
  long[] podSince;

  int[] ownerAccount;
  int[] ownerPerson;

  GroupedAliasTable communityTable;
  GroupedAliasTable networkTable;

  private int[] groupStart;
  private int[] groupMembers;
  private float[] sortedGenuinePopularity;

  private Population(GeneratorConfig config) {
    this.config = config;
    this.seed = config.seed();
    this.windowStart = config.windowStart().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.windowEnd = config.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.pauseSeconds = config.pauseDays() * DAY;
    this.size = config.accounts();
    this.genuineEnd = config.genuineAccounts();
    this.twinStart = genuineEnd;
    this.puppetStart = twinStart + config.boughtFollowerClients();
    this.farmStart = puppetStart + config.sockpuppetOwners() * config.sockpuppetsPerOwner();
    this.fakeStart = farmStart + config.spamFarms() * config.spamFarmSize();
    role = new byte[size];
    network = new byte[size];
    tie = new byte[size];
    tieIndex = new int[size];
    community = new int[size];
    interests = new int[size];
    person = new int[size];
    name = new int[size];
    popularity = new float[size];
    influence = new float[size];
    createdAt = new long[size];
    activeUntil = new long[size];
    pauseStart = new long[size];
    postCount = new int[size];
    postStart = new long[size];
    idOf = new int[size];
    accountAt = new int[size];
    Arrays.fill(person, NO_PERSON);
    Arrays.fill(community, NO_COMMUNITY);
    Arrays.fill(activeUntil, windowEnd);
    Arrays.fill(pauseStart, NO_PAUSE);
  }

  /** Builds the population of {@code config}; throws when an adversary cannot be placed. */
  static Population build(GeneratorConfig config) {
    Population population = new Population(config);
    population.placeGenuineAccounts();
    population.indexGroups();
    population.markCelebrities();
    population.placeClients();
    population.placePods();
    population.placeSockpuppetOwners();
    population.placeFarmTargets();
    population.placeInactiveAndPaused();
    population.createTwins();
    population.createSockpuppets();
    population.createFarms();
    population.createFakeFollowers();
    population.groupStart = null;
    population.groupMembers = null;
    population.sortedGenuinePopularity = null;
    population.numberAccounts();
    population.countPosts();
    population.buildSamplingTables();
    return population;
  }

  // ---------------------------------------------------------------- queries

  /** The account whose random streams this account uses: the client for a twin, else itself. */
  int key(int account) {
    return tie[account] == TIE_TWIN ? clientAccount[tieIndex[account]] : account;
  }

  Role roleOf(int account) {
    return Role.of(role[account]);
  }

  Network networkOf(int account) {
    return Network.of(network[account]);
  }

  String accountId(int account) {
    return "a" + idOf[account];
  }

  String personId(int person) {
    return "h" + person;
  }

  /** Whether the account follows anyone by obligation (farm, fake, pod, sockpuppet ring). */
  boolean hasMandatoryFollows(int account) {
    byte t = tie[account];
    return t == TIE_FARM || t == TIE_FAKE || t == TIE_POD || t == TIE_PUPPET || t == TIE_OWNER;
  }

  boolean isGenuine(int account) {
    return !roleOf(account).isSpam();
  }

  /** The twin of a client, or -1. */
  int twinOf(int account) {
    return tie[account] == TIE_CLIENT ? twinAccount[tieIndex[account]] : -1;
  }

  int communityGroup(int account) {
    return community[account] * Network.count() + network[account];
  }

  long activeFrom(int account) {
    return Math.max(windowStart, createdAt[account]);
  }

  boolean isActive(int account, long time) {
    if (time < activeFrom(account) || time >= activeUntil[account]) {
      return false;
    }
    long pause = pauseStart[account];
    return pause == NO_PAUSE || time < pause || time >= pause + pauseSeconds;
  }

  /**
   * A time the account is active, at or after {@code notBefore}: the {@code u}-quantile of its
   * active time, or {@link #NEVER} when it has none left.
   */
  long sampleActive(int account, double u, long notBefore) {
    long low = Math.max(activeFrom(account), notBefore);
    long high = activeUntil[account];
    if (low >= high) {
      return NEVER;
    }
    long pause = pauseStart[account];
    long cutFrom = pause == NO_PAUSE ? high : Math.max(pause, low);
    long cutTo = pause == NO_PAUSE ? high : Math.min(pause + pauseSeconds, high);
    long cut = Math.max(0, cutTo - cutFrom);
    long length = high - low - cut;
    if (length <= 0) {
      return NEVER;
    }
    long time = low + (long) (u * length);
    return cut > 0 && time >= cutFrom ? time + cut : time;
  }

  /** Seconds of the window in which the account is active. */
  long activeSeconds(int account) {
    long low = activeFrom(account);
    long high = activeUntil[account];
    if (low >= high) {
      return 0;
    }
    long pause = pauseStart[account];
    long cut = pause == NO_PAUSE ? 0
        : Math.max(0, Math.min(pause + pauseSeconds, high) - Math.max(pause, low));
    return high - low - cut;
  }

  /**
   * Whether fake pool position {@code pool} was sold to client {@code client}: each client buys
   * the {@code boughtFollowersPerClient} positions after its own random offset, round the pool.
   */
  boolean boughtBy(int client, int pool) {
    int poolSize = config.fakeFollowerAccounts();
    return Math.floorMod(pool - poolOffset[client], poolSize) < config.boughtFollowersPerClient();
  }

  int farmOf(int account) {
    return tie[account] == TIE_FARM ? tieIndex[account] : -1;
  }

  int farmMember(int farm, int i) {
    return farmStart + farm * config.spamFarmSize() + i;
  }

  int puppet(int owner, int i) {
    return puppetStart + owner * config.sockpuppetsPerOwner() + i;
  }

  /** The start of farm {@code farm}'s activity: the end of its creation burst. */
  long farmActiveFrom(int farm) {
    return Math.max(windowStart, farmCreated[farm] + FARM_BURST);
  }

  // ---------------------------------------------------------------- construction

  private void placeGenuineAccounts() {
    SplitMix random = SplitMix.of(seed, Purpose.COMMUNITIES, 0);
    int communities = config.communities();
    float[] communityWeight = new float[communities];
    int[] anyCommunity = new int[communities];
    communityTopics = new int[communities];
    for (int c = 0; c < communities; c++) {
      communityWeight[c] = (float) random.logNormalWithMean(1.0, COMMUNITY_SIZE_SIGMA);
      int core = MIN_CORE_TOPICS + random.nextInt(MAX_CORE_TOPICS - MIN_CORE_TOPICS + 1);
      while (Integer.bitCount(communityTopics[c]) < core) {
        communityTopics[c] |= 1 << random.nextInt(Topics.count());
      }
    }
    GroupedAliasTable communityChoice =
        GroupedAliasTable.build(1, anyCommunity, communityWeight);

    SplitMix walk = SplitMix.of(seed, Purpose.PERSONS, 0);
    int account = 0;
    boolean[] usedNetwork = new boolean[Network.count()];
    while (account < genuineEnd) {
      int owner = NO_PERSON;
      int accountsOfOwner = 1;
      if (walk.chance(config.personShare())) {
        owner = persons++;
        if (walk.chance(config.multiNetworkShare())) {
          accountsOfOwner = walk.chance(TWO_NETWORK_SHARE) ? 2 : 3;
        }
      }
      accountsOfOwner = Math.min(accountsOfOwner, genuineEnd - account);
      int personName = Names.drawName(walk);
      int personCommunity = communityChoice.sample(0, walk);
      Arrays.fill(usedNetwork, false);
      for (int j = 0; j < accountsOfOwner; j++, account++) {
        Network chosen = Network.draw(walk);
        while (usedNetwork[chosen.ordinal()]) {
          chosen = Network.draw(walk);
        }
        usedNetwork[chosen.ordinal()] = true;
        network[account] = (byte) chosen.ordinal();
        person[account] = owner;
        name[account] = personName;
        community[account] = personCommunity;
        role[account] = (byte) Role.ORGANIC.ordinal();
        drawGenuineAttributes(account);
      }
    }
  }

  private void drawGenuineAttributes(int account) {
    interests[account] = drawInterests(account, communityTopics[community[account]]);
    SplitMix random = SplitMix.of(seed, Purpose.POPULARITY, account);
    double alpha = config.popularityTailExponent();
    double cap = StrictMath.pow(POPULARITY_CAP_FACTOR * size, 1.0 / alpha);
    double pop = random.pareto(alpha, cap);
    popularity[account] = (float) pop;
    influence[account] = (float) (StrictMath.pow(pop, INFLUENCE_POPULARITY_EXPONENT)
        * random.logNormalWithMean(1.0, INFLUENCE_SIGMA));
    SplitMix created = SplitMix.of(seed, Purpose.CREATED, account);
    if (created.chance(NEW_ACCOUNT_SHARE)) {
      createdAt[account] =
          created.between(windowStart, windowStart + (long) (NEW_ACCOUNT_LATEST * windowLength()));
    } else {
      double ageDays = Math.min(MAX_ACCOUNT_AGE_DAYS,
          ACCOUNT_AGE_MEDIAN_DAYS * StrictMath.exp(ACCOUNT_AGE_SIGMA * created.gaussian()));
      createdAt[account] = windowStart - 1 - (long) (ageDays * DAY);
    }
  }

  private int drawInterests(int account, int core) {
    SplitMix random = SplitMix.of(seed, Purpose.INTERESTS, account);
    double u = random.nextDouble();
    int count = 1;
    for (int i = 0; i < INTEREST_COUNT_SHARES.length - 1 && u >= INTEREST_COUNT_SHARES[i]; i++) {
      u -= INTEREST_COUNT_SHARES[i];
      count++;
    }
    int mask = 0;
    while (Integer.bitCount(mask) < count) {
      if (core != 0 && random.chance(CORE_INTEREST_SHARE)) {
        mask |= 1 << Topics.nth(core, random.nextInt(Integer.bitCount(core)));
      } else {
        mask |= 1 << random.nextInt(Topics.count());
      }
    }
    return mask;
  }

  /** Genuine accounts by (community, network), to pick pods from one group. */
  private void indexGroups() {
    int groups = config.communities() * Network.count();
    groupStart = new int[groups + 1];
    for (int account = 0; account < genuineEnd; account++) {
      groupStart[communityGroup(account) + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      groupStart[g + 1] += groupStart[g];
    }
    groupMembers = new int[genuineEnd];
    int[] fill = new int[groups];
    for (int account = 0; account < genuineEnd; account++) {
      int g = communityGroup(account);
      groupMembers[groupStart[g] + fill[g]++] = account;
    }
  }

  /**
   * Celebrities are the most popular genuine accounts of each network, with the celebrity count
   * split over networks in proportion to their sizes (largest remainder): a network's size caps
   * its accounts' followers, so a star of a small network is not a star of the population.
   */
  private void markCelebrities() {
    sortedGenuinePopularity = Arrays.copyOf(popularity, genuineEnd);
    Arrays.sort(sortedGenuinePopularity);
    verifiedThreshold = quantile(VERIFIED_QUANTILE);
    int networks = Network.count();
    int[] members = new int[networks];
    for (int account = 0; account < genuineEnd; account++) {
      members[network[account]]++;
    }
    int[] quota = new int[networks];
    double[] remainder = new double[networks];
    int given = 0;
    for (int n = 0; n < networks; n++) {
      double exact = (double) config.celebrities() * members[n] / genuineEnd;
      quota[n] = (int) exact;
      remainder[n] = exact - quota[n];
      given += quota[n];
    }
    for (; given < config.celebrities(); given++) {
      int largest = 0;
      for (int n = 1; n < networks; n++) {
        if (remainder[n] > remainder[largest]) {
          largest = n;
        }
      }
      quota[largest]++;
      remainder[largest] = -1;
    }
    for (int n = 0; n < networks; n++) {
      markMostPopular(n, Math.min(quota[n], members[n]), members[n]);
    }
  }

  private void markMostPopular(int networkIndex, int count, int members) {
    if (count == 0) {
      return;
    }
    float[] values = new float[members];
    int filled = 0;
    for (int account = 0; account < genuineEnd; account++) {
      if (network[account] == networkIndex) {
        values[filled++] = popularity[account];
      }
    }
    Arrays.sort(values);
    float threshold = values[members - count];
    for (int account = 0; account < genuineEnd; account++) {
      if (network[account] == networkIndex && popularity[account] >= threshold) {
        role[account] = (byte) Role.CELEBRITY.ordinal();
      }
    }
  }

  private float quantile(double q) {
    int index = (int) Math.min(genuineEnd - 1, Math.floor(q * genuineEnd));
    return sortedGenuinePopularity[index];
  }

  /** Free for a special part: plain organic, no part yet, created before the window. */
  private boolean free(int account) {
    return account < genuineEnd && role[account] == Role.ORGANIC.ordinal()
        && tie[account] == TIE_NONE && createdAt[account] < windowStart;
  }

  private int pickFree(SplitMix random, String what, IntPredicate also) {
    int attempts = MAX_PICK_ATTEMPTS_PER_ACCOUNT * Math.max(genuineEnd, 1);
    for (int i = 0; i < attempts; i++) {
      int account = random.nextInt(genuineEnd);
      if (free(account) && also.test(account)) {
        return account;
      }
    }
    throw new IllegalArgumentException("cannot place " + what + " among the " + genuineEnd
        + " genuine accounts of a " + size + "-account network; use fewer adversaries or more"
        + " accounts");
  }

  private void placeClients() {
    int clients = config.boughtFollowerClients();
    clientAccount = new int[clients];
    twinAccount = new int[clients];
    purchaseAt = new long[clients];
    poolOffset = new int[clients];
    SplitMix random = SplitMix.of(seed, Purpose.TIES, Purpose.TWINS);
    float low = quantile(CLIENT_MIN_QUANTILE);
    float high = quantile(CLIENT_MAX_QUANTILE);
    for (int c = 0; c < clients; c++) {
      int client = pickFree(random, "a client buying followers",
          a -> network[a] == Network.MARKET.ordinal() && popularity[a] >= low
              && popularity[a] <= high);
      clientAccount[c] = client;
      tie[client] = TIE_CLIENT;
      tieIndex[client] = c;
      purchaseAt[c] = windowStart
          + (long) (random.between(PURCHASE_EARLIEST, PURCHASE_LATEST) * windowLength());
      poolOffset[c] = random.nextInt(Math.max(1, config.fakeFollowerAccounts()));
    }
  }

  private void placePods() {
    int pods = config.pods();
    int podSize = config.podSize();
    podMembers = new int[pods][];
    podSince = new long[pods];
    SplitMix random = SplitMix.of(seed, Purpose.TIES, Purpose.POD_FORMED);
    int[] candidates = new int[genuineEnd];
    for (int pod = 0; pod < pods; pod++) {
      for (int attempt = 0; podMembers[pod] == null; attempt++) {
        if (attempt == POD_SEED_ATTEMPTS) {
          throw new IllegalArgumentException("cannot find " + podSize + " free genuine accounts"
              + " in one community and network for pod " + (pod + 1) + "; lower podSize (" + podSize
              + ") or pods (" + pods + "), or raise accounts (" + size + ")");
        }
        int seedAccount = pickFree(random, "an engagement pod", a -> true);
        int g = communityGroup(seedAccount);
        int count = 0;
        for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
          if (free(groupMembers[j])) {
            candidates[count++] = groupMembers[j];
          }
        }
        if (count < podSize) {
          continue;
        }
        int[] members = new int[podSize];
        for (int m = 0; m < podSize; m++) {
          int pick = m + random.nextInt(count - m);
          int chosen = candidates[pick];
          candidates[pick] = candidates[m];
          candidates[m] = chosen;
          members[m] = chosen;
        }
        Arrays.sort(members);
        for (int member : members) {
          role[member] = (byte) Role.POD_MEMBER.ordinal();
          tie[member] = TIE_POD;
          tieIndex[member] = pod;
        }
        podMembers[pod] = members;
        podSince[pod] =
            windowStart + DAY * (long) (random.nextDouble() * POD_FORMED_LATEST * config.days());
      }
    }
  }

  private void placeSockpuppetOwners() {
    int owners = config.sockpuppetOwners();
    ownerAccount = new int[owners];
    ownerPerson = new int[owners];
    SplitMix random = SplitMix.of(seed, Purpose.TIES, Purpose.PUPPETS);
    for (int o = 0; o < owners; o++) {
      int account = pickFree(random, "a sockpuppet owner", a -> true);
      tie[account] = TIE_OWNER;
      tieIndex[account] = o;
      if (person[account] == NO_PERSON) {
        person[account] = persons++;
      }
      ownerAccount[o] = account;
      ownerPerson[o] = person[account];
    }
  }

  private void placeFarmTargets() {
    int farms = config.spamFarms();
    farmNetwork = new int[farms];
    farmTargets = new int[farms][config.spamFarmTargets()];
    SplitMix random = SplitMix.of(seed, Purpose.TIES, Purpose.FARMS);
    for (int f = 0; f < farms; f++) {
      int farmNet = Network.draw(random).ordinal();
      farmNetwork[f] = farmNet;
      for (int t = 0; t < farmTargets[f].length; t++) {
        int target = pickFree(random, "a spam farm target", a -> network[a] == farmNet);
        tie[target] = TIE_FARM_TARGET;
        tieIndex[target] = f;
        farmTargets[f][t] = target;
      }
    }
  }

  private void placeInactiveAndPaused() {
    SplitMix random = SplitMix.of(seed, Purpose.TIES, Purpose.INACTIVITY);
    int inactive = (int) Math.round(config.inactiveShare() * genuineEnd);
    for (int i = 0; i < inactive; i++) {
      int account = pickFree(random, "an inactive account", a -> true);
      role[account] = (byte) Role.INACTIVE.ordinal();
      int day =
          (int) (random.between(INACTIVE_FROM_EARLIEST, INACTIVE_FROM_LATEST) * config.days());
      activeUntil[account] = windowStart + day * DAY;
    }
    random = SplitMix.of(seed, Purpose.TIES, Purpose.PAUSES);
    int paused = (int) Math.round(config.pausedShare() * genuineEnd);
    int latestStartDay = Math.min((int) (PAUSE_LATEST * config.days()),
        config.days() - config.pauseDays());
    int earliestStartDay = Math.min((int) (PAUSE_EARLIEST * config.days()), latestStartDay);
    for (int i = 0; i < paused; i++) {
      int account = pickFree(random, "a paused account", a -> true);
      role[account] = (byte) Role.PAUSED.ordinal();
      int day = earliestStartDay + random.nextInt(latestStartDay - earliestStartDay + 1);
      pauseStart[account] = windowStart + day * DAY;
    }
  }

  private void createTwins() {
    SplitMix random = SplitMix.of(seed, Purpose.TWINS, 0);
    for (int c = 0; c < clientAccount.length; c++) {
      int client = clientAccount[c];
      int twin = twinStart + c;
      twinAccount[c] = twin;
      role[twin] = role[client];
      network[twin] = network[client];
      tie[twin] = TIE_TWIN;
      tieIndex[twin] = c;
      community[twin] = community[client];
      interests[twin] = interests[client];
      name[twin] = Names.drawName(random);
      popularity[twin] = popularity[client];
      influence[twin] = influence[client];
      createdAt[twin] = createdAt[client];
      activeUntil[twin] = activeUntil[client];
      pauseStart[twin] = pauseStart[client];
    }
  }

  private void createSockpuppets() {
    double alpha = config.popularityTailExponent();
    double cap = StrictMath.pow(POPULARITY_CAP_FACTOR * size, 1.0 / alpha);
    for (int o = 0; o < ownerAccount.length; o++) {
      int owner = ownerAccount[o];
      for (int p = 0; p < config.sockpuppetsPerOwner(); p++) {
        int puppet = puppet(o, p);
        SplitMix random = SplitMix.of(seed, Purpose.PUPPETS, puppet);
        role[puppet] = (byte) Role.SOCKPUPPET.ordinal();
        tie[puppet] = TIE_PUPPET;
        tieIndex[puppet] = o;
        network[puppet] = network[owner];
        community[puppet] = community[owner];
        interests[puppet] = interests[owner] | (1 << random.nextInt(Topics.count()));
        name[puppet] = Names.drawName(random);
        double pop = PUPPET_POPULARITY_FACTOR * random.pareto(alpha, cap);
        popularity[puppet] = (float) pop;
        influence[puppet] = (float) (StrictMath.pow(pop, INFLUENCE_POPULARITY_EXPONENT)
            * random.logNormalWithMean(1.0, INFLUENCE_SIGMA));
        createdAt[puppet] = windowStart
            - (long) (random.between(PUPPET_MIN_AGE_DAYS, PUPPET_MAX_AGE_DAYS) * DAY);
      }
    }
  }

  private void createFarms() {
    int farms = config.spamFarms();
    farmCreated = new long[farms];
    farmTopics = new int[farms];
    farmCampaigns = Math.max(3, config.days() / PostSchedule.FARM_CAMPAIGN_EVERY_DAYS);
    for (int f = 0; f < farms; f++) {
      SplitMix random = SplitMix.of(seed, Purpose.FARMS, f);
      farmCreated[f] = random.chance(FARM_CREATED_INSIDE_SHARE)
          ? windowStart + (long) (random.nextDouble() * FARM_CREATED_INSIDE_LATEST * windowLength())
          : windowStart - (long) (random.between(FARM_MIN_AGE_DAYS, FARM_MAX_AGE_DAYS) * DAY);
      int topics = 1 + random.nextInt(MAX_FARM_TOPICS);
      while (Integer.bitCount(farmTopics[f]) < topics) {
        farmTopics[f] |= 1 << random.nextInt(Topics.count());
      }
      for (int i = 0; i < config.spamFarmSize(); i++) {
        int account = farmMember(f, i);
        role[account] = (byte) Role.SPAM.ordinal();
        tie[account] = TIE_FARM;
        tieIndex[account] = f;
        network[account] = (byte) farmNetwork[f];
        interests[account] = farmTopics[f];
        name[account] = Names.drawName(random);
        popularity[account] = SPAM_POPULARITY;
        influence[account] = ADVERSARY_INFLUENCE;
        createdAt[account] = farmCreated[f] + random.between(0, FARM_BURST);
      }
    }
  }

  private void createFakeFollowers() {
    int pool = config.fakeFollowerAccounts();
    long firstPurchase = Long.MAX_VALUE;
    for (long purchase : purchaseAt) {
      firstPurchase = Math.min(firstPurchase, purchase);
    }
    for (int q = 0; q < pool; q++) {
      int account = fakeStart + q;
      SplitMix random = SplitMix.of(seed, Purpose.FAKES, account);
      double batchAge = FAKE_MIN_AGE_DAYS + SplitMix.unit(seed, Purpose.FAKES, -1, q / FAKE_BATCH)
          * (FAKE_MAX_AGE_DAYS - FAKE_MIN_AGE_DAYS);
      role[account] = (byte) Role.BOUGHT_FOLLOWER.ordinal();
      tie[account] = TIE_FAKE;
      tieIndex[account] = q;
      network[account] = (byte) Network.MARKET.ordinal();
      interests[account] = 1 << random.nextInt(Topics.count());
      name[account] = Names.drawName(random);
      popularity[account] = FAKE_POPULARITY;
      influence[account] = ADVERSARY_INFLUENCE;
      createdAt[account] =
          firstPurchase - (long) (batchAge * DAY) - random.between(0, FAKE_BATCH_SPREAD);
    }
  }

  /** Account ids: a seeded permutation of the logical indexes. */
  private void numberAccounts() {
    for (int i = 0; i < size; i++) {
      accountAt[i] = i;
    }
    SplitMix random = SplitMix.of(seed, Purpose.PERMUTATION, 0);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = accountAt[i];
      accountAt[i] = accountAt[j];
      accountAt[j] = swap;
    }
    for (int id = 0; id < size; id++) {
      idOf[accountAt[id]] = id;
    }
  }

  private void countPosts() {
    PostSchedule schedule = new PostSchedule(this);
    for (int account = 0; account < size; account++) {
      postCount[account] = schedule.drawCount(account, minimumPosts(account));
    }
    long next = 0;
    for (int id = 0; id < size; id++) {
      int account = accountAt[id];
      postStart[account] = next;
      next += postCount[account];
    }
    originalPosts = next;
  }

  private int minimumPosts(int account) {
    return switch (tie[account]) {
      case TIE_CLIENT, TIE_TWIN, TIE_POD, TIE_OWNER -> MIN_TIE_POSTS;
      case TIE_PUPPET -> MIN_PUPPET_POSTS;
      default -> 0;
    };
  }

  /** Mean posts per active day of a genuine account: lognormal around the configured mean. */
  double postRate(int account) {
    double mean = config.postsPerAccount() / config.days();
    return SplitMix.of(seed, Purpose.POST_RATE, key(account))
        .logNormalWithMean(mean, POST_RATE_SIGMA);
  }

  private void buildSamplingTables() {
    int[] groupOf = new int[size];
    for (int account = 0; account < size; account++) {
      boolean inCommunity = (account < genuineEnd || tie[account] == TIE_PUPPET)
          && community[account] != NO_COMMUNITY;
      groupOf[account] = inCommunity ? communityGroup(account) : -1;
    }
    communityTable =
        GroupedAliasTable.build(config.communities() * Network.count(), groupOf, popularity);
    for (int account = 0; account < size; account++) {
      groupOf[account] = tie[account] == TIE_TWIN ? -1 : network[account];
    }
    networkTable = GroupedAliasTable.build(Network.count(), groupOf, popularity);
  }

  long windowLength() {
    return windowEnd - windowStart;
  }

  boolean verified(int account) {
    return role[account] == Role.CELEBRITY.ordinal()
        || (isGenuine(account) && popularity[account] >= verifiedThreshold
            && SplitMix.unit(seed, Purpose.PROFILE, key(account), 1) < VERIFIED_SHARE_OF_TOP);
  }
}
