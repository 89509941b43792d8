package io.sway.loader.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything that shapes a synthetic network. Two runs with equal configs write byte-identical
 * files. Build one with {@link #builder(int, long)}: knobs left unset take their documented
 * default, and the defaults of the adversary sizes scale with {@code accounts} (see each
 * {@code default...} method), so any size from a few hundred accounts up contains every kind of
 * adversary.
 *
 * <p>{@code accounts} is the exact number of rows of {@code accounts.csv}: adversary accounts,
 * fake followers and twins are part of it, not added to it.
 *
 * @param accounts total number of accounts, every kind included
 * @param seed the seed of every random decision
 * @param days length of the activity window in whole UTC days; the window ends with {@code
 *     endDate} (see {@link #windowStart()})
 * @param endDate the last day with activity; fixed by default so output never depends on today
 * @param followsPerAccount mean follows per account (follows.csv rows / accounts), approximately
 * @param postsPerAccount mean original posts per genuine account over the window, before inactive
 *     and paused accounts lose theirs
 * @param interactionsPerAccount mean organic engagement actions per genuine account over the
 *     window; coordinated adversary engagement comes on top
 * @param communities number of interest communities; most follows stay inside one
 * @param inCommunityFollowShare share of an account's own follow choices made inside its community
 * @param peerReciprocity probability that a follow between two accounts of equal popularity is
 *     mutual; it falls with the square root of the popularity ratio (stars rarely follow back)
 * @param popularityTailExponent Pareto exponent α of latent popularity; follower in-degree then
 *     has a power-law tail with exponent about 1 + α
 * @param celebrities number of celebrities (verified): the most popular genuine accounts of each
 *     network, the count split over networks by their sizes
 * @param personShare share of genuine accounts whose owner is listed in persons.csv
 * @param multiNetworkShare share of listed persons owning accounts on 2 or 3 networks
 * @param spamFarms number of spam farms
 * @param spamFarmSize accounts per spam farm
 * @param spamFarmTargets genuine accounts each farm boosts (follows, likes, reshares)
 * @param boughtFollowerClients genuine accounts that buy followers; each gets an identical twin
 *     that does not
 * @param boughtFollowersPerClient fake followers each client buys
 * @param fakeFollowerAccounts size of the fake-follower pool the clients buy from ({@code >=}
 *     followers per client; clients share it, as buyers from one seller do)
 * @param pods number of engagement pods
 * @param podSize members per pod
 * @param sockpuppetOwners persons who run sockpuppets
 * @param sockpuppetsPerOwner sockpuppet accounts per owner, besides the owner's own account
 * @param inactiveShare share of genuine accounts that stop all activity at a day of the window
 * @param pausedShare share of genuine accounts that take one pause of {@code pauseDays}
 * @param pauseDays length of a pause in days
 */
public record GeneratorConfig(
    int accounts,
    long seed,
    int days,
    LocalDate endDate,
    double followsPerAccount,
    double postsPerAccount,
    double interactionsPerAccount,
    int communities,
    double inCommunityFollowShare,
    double peerReciprocity,
    double popularityTailExponent,
    int celebrities,
    double personShare,
    double multiNetworkShare,
    int spamFarms,
    int spamFarmSize,
    int spamFarmTargets,
    int boughtFollowerClients,
    int boughtFollowersPerClient,
    int fakeFollowerAccounts,
    int pods,
    int podSize,
    int sockpuppetOwners,
    int sockpuppetsPerOwner,
    double inactiveShare,
    double pausedShare,
    int pauseDays) {

  public static final int MIN_ACCOUNTS = 100;
  public static final int MIN_DAYS = 28;
  public static final int MAX_DAYS = 3650;
  public static final LocalDate MIN_END_DATE = LocalDate.of(2000, 1, 1);
  public static final LocalDate MAX_END_DATE = LocalDate.of(2100, 12, 31);
  public static final double MAX_PER_ACCOUNT = 10_000;

  public static final int DAYS_DEFAULT = 120;
  public static final LocalDate END_DATE_DEFAULT = LocalDate.of(2026, 6, 30);
  public static final double FOLLOWS_PER_ACCOUNT_DEFAULT = 20.0;
  public static final double POSTS_PER_ACCOUNT_DEFAULT = 6.0;
  public static final double INTERACTIONS_PER_ACCOUNT_DEFAULT = 10.0;
  /** Communities default to one per this many accounts (at least {@link #MIN_COMMUNITIES}). */
  public static final int ACCOUNTS_PER_COMMUNITY_DEFAULT = 2_000;
  public static final int MIN_COMMUNITIES = 3;
  public static final double IN_COMMUNITY_FOLLOW_SHARE_DEFAULT = 0.8;
  public static final double PEER_RECIPROCITY_DEFAULT = 0.3;
  public static final double POPULARITY_TAIL_EXPONENT_DEFAULT = 1.2;
  /** Celebrities default to this share of accounts (at least one). */
  public static final double CELEBRITY_SHARE_DEFAULT = 0.001;
  public static final double PERSON_SHARE_DEFAULT = 0.3;
  public static final double MULTI_NETWORK_SHARE_DEFAULT = 0.15;
  /** Spam farm accounts default to this share of accounts, in farms of 10 to 50. */
  public static final double SPAM_SHARE_DEFAULT = 0.02;
  public static final int SPAM_FARM_SIZE_MIN_DEFAULT = 10;
  public static final int SPAM_FARM_SIZE_MAX_DEFAULT = 50;
  public static final int SPAM_FARM_TARGETS_DEFAULT = 3;
  /** One client buying followers per this many accounts (at least one). */
  public static final int ACCOUNTS_PER_BOUGHT_FOLLOWER_CLIENT_DEFAULT = 50_000;
  /** Followers bought per client default to this share of accounts (at least 10). */
  public static final double BOUGHT_FOLLOWERS_SHARE_DEFAULT = 0.02;
  public static final int MIN_BOUGHT_FOLLOWERS_DEFAULT = 10;
  /** The fake-follower pool defaults to this multiple of the followers bought per client. */
  public static final double FAKE_POOL_FACTOR_DEFAULT = 1.5;
  /** One engagement pod per this many accounts (at least one). */
  public static final int ACCOUNTS_PER_POD_DEFAULT = 10_000;
  public static final int POD_SIZE_DEFAULT = 8;
  public static final int MIN_POD_SIZE = 2;
  public static final int MAX_POD_SIZE = 100;
  /** One sockpuppet owner per this many accounts (at least one). */
  public static final int ACCOUNTS_PER_SOCKPUPPET_OWNER_DEFAULT = 20_000;
  public static final int SOCKPUPPETS_PER_OWNER_DEFAULT = 3;
  public static final double INACTIVE_SHARE_DEFAULT = 0.03;
  public static final double PAUSED_SHARE_DEFAULT = 0.02;
  public static final int PAUSE_DAYS_DEFAULT = 7;
  /** At least this share of the accounts must be genuine (not farm, fake, sockpuppet or twin). */
  public static final double MIN_GENUINE_SHARE = 0.5;
  /** At most this share of the genuine accounts may carry a special part (client, pod, ...). */
  public static final double MAX_SPECIAL_SHARE = 0.5;

  /** The seed of the demo sample in {@code examples/sample}. */
  public static final long DEMO_SAMPLE_SEED = 42;

  public GeneratorConfig {
    Objects.requireNonNull(endDate, "endDate");
    requireAtLeast("accounts", accounts, MIN_ACCOUNTS);
    requireBetween("days", days, MIN_DAYS, MAX_DAYS);
    if (endDate.isBefore(MIN_END_DATE) || endDate.isAfter(MAX_END_DATE)) {
      throw new IllegalArgumentException("endDate must be in [" + MIN_END_DATE + ", " + MAX_END_DATE
          + "], was " + endDate);
    }
    requireBetween("followsPerAccount", followsPerAccount, 0, MAX_PER_ACCOUNT);
    requireBetween("postsPerAccount", postsPerAccount, 0, MAX_PER_ACCOUNT);
    requireBetween("interactionsPerAccount", interactionsPerAccount, 0, MAX_PER_ACCOUNT);
    requireBetween("communities", communities, 1, accounts);
    requireShare("inCommunityFollowShare", inCommunityFollowShare);
    requireShare("peerReciprocity", peerReciprocity);
    if (!(popularityTailExponent > 1.0 && popularityTailExponent <= 5.0)) {
      throw new IllegalArgumentException(
          "popularityTailExponent must be in (1, 5], was " + popularityTailExponent);
    }
    requireBetween("celebrities", celebrities, 0, accounts / 10);
    requireShare("personShare", personShare);
    requireShare("multiNetworkShare", multiNetworkShare);
    requireAtLeast("spamFarms", spamFarms, 0);
    requireAtLeast("spamFarmSize", spamFarmSize, spamFarms > 0 ? 2 : 0);
    requireAtLeast("spamFarmTargets", spamFarmTargets, 0);
    requireAtLeast("boughtFollowerClients", boughtFollowerClients, 0);
    requireAtLeast("boughtFollowersPerClient", boughtFollowersPerClient, 0);
    if (boughtFollowerClients > 0) {
      requireAtLeast("boughtFollowersPerClient", boughtFollowersPerClient, 1);
      requireAtLeast("fakeFollowerAccounts", fakeFollowerAccounts, boughtFollowersPerClient);
    } else if (fakeFollowerAccounts != 0) {
      throw new IllegalArgumentException("fakeFollowerAccounts must be 0 when"
          + " boughtFollowerClients is 0 (nobody buys them), was " + fakeFollowerAccounts);
    }
    requireAtLeast("pods", pods, 0);
    if (pods > 0) {
      requireBetween("podSize", podSize, MIN_POD_SIZE, MAX_POD_SIZE);
    }
    requireAtLeast("sockpuppetOwners", sockpuppetOwners, 0);
    requireAtLeast("sockpuppetsPerOwner", sockpuppetsPerOwner, sockpuppetOwners > 0 ? 1 : 0);
    requireShare("inactiveShare", inactiveShare);
    requireShare("pausedShare", pausedShare);
    requireBetween("pauseDays", pauseDays, 1, days / 4);

    long nonGenuine = (long) boughtFollowerClients + fakeFollowerAccounts
        + (long) spamFarms * spamFarmSize + (long) sockpuppetOwners * sockpuppetsPerOwner;
    if (accounts - nonGenuine < MIN_GENUINE_SHARE * accounts) {
      throw new IllegalArgumentException("farm, fake-follower, sockpuppet and twin accounts ("
          + nonGenuine + ") must leave at least half of the " + accounts
          + " accounts genuine; lower spamFarms, spamFarmSize, fakeFollowerAccounts,"
          + " boughtFollowerClients or sockpuppetOwners");
    }
    long genuine = accounts - nonGenuine;
    double special = boughtFollowerClients + (double) pods * podSize + sockpuppetOwners
        + (double) spamFarms * spamFarmTargets + celebrities
        + (inactiveShare + pausedShare) * genuine;
    if (special > MAX_SPECIAL_SHARE * genuine) {
      throw new IllegalArgumentException("clients, pod members, sockpuppet owners, farm targets,"
          + " celebrities, inactive and paused accounts (" + Math.round(special)
          + ") must be at most half of the " + genuine + " genuine accounts");
    }
  }

  /** Starts a config with every other knob at its default for this many accounts. */
  public static Builder builder(int accounts, long seed) {
    return new Builder(accounts, seed);
  }

  /** The config {@code sway generate --accounts N --seed S --days D} stands for. */
  public static GeneratorConfig of(int accounts, long seed, int days) {
    return builder(accounts, seed).days(days).build();
  }

  /**
   * The demo sample of {@code examples/sample}: 400 accounts with one farm of 20, one client
   * with 60 bought followers and its twin, one pod of 6, one person with 2 sockpuppets (3
   * accounts in all), and a few inactive and paused accounts.
   */
  public static GeneratorConfig demoSample() {
    return builder(400, DEMO_SAMPLE_SEED)
        .spamFarms(1)
        .spamFarmSize(20)
        .boughtFollowerClients(1)
        .boughtFollowersPerClient(60)
        .fakeFollowerAccounts(60)
        .pods(1)
        .podSize(6)
        .sockpuppetOwners(1)
        .sockpuppetsPerOwner(2)
        .build();
  }

  /** A builder holding every value of this config, to change a few. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Accounts that are neither farm, fake follower, sockpuppet nor twin. */
  public int genuineAccounts() {
    return accounts - boughtFollowerClients - fakeFollowerAccounts - spamFarms * spamFarmSize
        - sockpuppetOwners * sockpuppetsPerOwner;
  }

  /** The first day of the window: {@code endDate - days + 1}, from 00:00 UTC. */
  public LocalDate windowStart() {
    return endDate.minusDays(days - 1L);
  }

  public static int defaultCommunities(int accounts) {
    return Math.max(MIN_COMMUNITIES,
        (int) Math.round((double) accounts / ACCOUNTS_PER_COMMUNITY_DEFAULT));
  }

  public static int defaultCelebrities(int accounts) {
    return Math.max(1, (int) Math.round(accounts * CELEBRITY_SHARE_DEFAULT));
  }

  public static int defaultSpamFarmSize(int accounts) {
    return Math.clamp(Math.round(accounts * SPAM_SHARE_DEFAULT), SPAM_FARM_SIZE_MIN_DEFAULT,
        SPAM_FARM_SIZE_MAX_DEFAULT);
  }

  public static int defaultSpamFarms(int accounts) {
    return Math.max(1,
        (int) Math.round(accounts * SPAM_SHARE_DEFAULT / defaultSpamFarmSize(accounts)));
  }

  public static int defaultBoughtFollowerClients(int accounts) {
    return Math.max(1,
        (int) Math.round((double) accounts / ACCOUNTS_PER_BOUGHT_FOLLOWER_CLIENT_DEFAULT));
  }

  public static int defaultBoughtFollowersPerClient(int accounts) {
    return Math.max(MIN_BOUGHT_FOLLOWERS_DEFAULT,
        (int) Math.round(accounts * BOUGHT_FOLLOWERS_SHARE_DEFAULT));
  }

  public static int defaultFakeFollowerAccounts(int boughtFollowersPerClient) {
    return (int) Math.round(boughtFollowersPerClient * FAKE_POOL_FACTOR_DEFAULT);
  }

  public static int defaultPods(int accounts) {
    return Math.max(1, (int) Math.round((double) accounts / ACCOUNTS_PER_POD_DEFAULT));
  }

  public static int defaultSockpuppetOwners(int accounts) {
    return Math.max(1,
        (int) Math.round((double) accounts / ACCOUNTS_PER_SOCKPUPPET_OWNER_DEFAULT));
  }

  private static void requireAtLeast(String key, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(key + " must be >= " + minimum + ", was " + value);
    }
  }

  private static void requireBetween(String key, long value, long minimum, long maximum) {
    if (value < minimum || value > maximum) {
      throw new IllegalArgumentException(
          key + " must be in [" + minimum + ", " + maximum + "], was " + value);
    }
  }

  private static void requireBetween(String key, double value, double minimum, double maximum) {
    if (!(value >= minimum && value <= maximum)) {
      throw new IllegalArgumentException(
          key + " must be in [" + minimum + ", " + maximum + "], was " + value);
    }
  }

  private static void requireShare(String key, double value) {
    requireBetween(key, value, 0.0, 1.0);
  }

  /**
   * Collects knobs; {@link #build()} fills the unset ones with their defaults for the number of
   * accounts and validates the whole.
   */
  public static final class Builder {
    private final int accounts;
    private long seed;
    private int days = DAYS_DEFAULT;
    private LocalDate endDate = END_DATE_DEFAULT;
    private double followsPerAccount = FOLLOWS_PER_ACCOUNT_DEFAULT;
    private double postsPerAccount = POSTS_PER_ACCOUNT_DEFAULT;
    private double interactionsPerAccount = INTERACTIONS_PER_ACCOUNT_DEFAULT;
    private Integer communities;
    private double inCommunityFollowShare = IN_COMMUNITY_FOLLOW_SHARE_DEFAULT;
    private double peerReciprocity = PEER_RECIPROCITY_DEFAULT;
    private double popularityTailExponent = POPULARITY_TAIL_EXPONENT_DEFAULT;
    private Integer celebrities;
    private double personShare = PERSON_SHARE_DEFAULT;
    private double multiNetworkShare = MULTI_NETWORK_SHARE_DEFAULT;
    private Integer spamFarms;
    private Integer spamFarmSize;
    private int spamFarmTargets = SPAM_FARM_TARGETS_DEFAULT;
    private Integer boughtFollowerClients;
    private Integer boughtFollowersPerClient;
    private Integer fakeFollowerAccounts;
    private Integer pods;
    private int podSize = POD_SIZE_DEFAULT;
    private Integer sockpuppetOwners;
    private int sockpuppetsPerOwner = SOCKPUPPETS_PER_OWNER_DEFAULT;
    private double inactiveShare = INACTIVE_SHARE_DEFAULT;
    private double pausedShare = PAUSED_SHARE_DEFAULT;
    private int pauseDays = PAUSE_DAYS_DEFAULT;

    private Builder(int accounts, long seed) {
      this.accounts = accounts;
      this.seed = seed;
    }

    private Builder(GeneratorConfig c) {
      this(c.accounts, c.seed);
      days = c.days;
      endDate = c.endDate;
      followsPerAccount = c.followsPerAccount;
      postsPerAccount = c.postsPerAccount;
      interactionsPerAccount = c.interactionsPerAccount;
      communities = c.communities;
      inCommunityFollowShare = c.inCommunityFollowShare;
      peerReciprocity = c.peerReciprocity;
      popularityTailExponent = c.popularityTailExponent;
      celebrities = c.celebrities;
      personShare = c.personShare;
      multiNetworkShare = c.multiNetworkShare;
      spamFarms = c.spamFarms;
      spamFarmSize = c.spamFarmSize;
      spamFarmTargets = c.spamFarmTargets;
      boughtFollowerClients = c.boughtFollowerClients;
      boughtFollowersPerClient = c.boughtFollowersPerClient;
      fakeFollowerAccounts = c.fakeFollowerAccounts;
      pods = c.pods;
      podSize = c.podSize;
      sockpuppetOwners = c.sockpuppetOwners;
      sockpuppetsPerOwner = c.sockpuppetsPerOwner;
      inactiveShare = c.inactiveShare;
      pausedShare = c.pausedShare;
      pauseDays = c.pauseDays;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder days(int value) {
      days = value;
      return this;
    }

    public Builder endDate(LocalDate value) {
      endDate = value;
      return this;
    }

    public Builder followsPerAccount(double value) {
      followsPerAccount = value;
      return this;
    }

    public Builder postsPerAccount(double value) {
      postsPerAccount = value;
      return this;
    }

    public Builder interactionsPerAccount(double value) {
      interactionsPerAccount = value;
      return this;
    }

    public Builder communities(int value) {
      communities = value;
      return this;
    }

    public Builder inCommunityFollowShare(double value) {
      inCommunityFollowShare = value;
      return this;
    }

    public Builder peerReciprocity(double value) {
      peerReciprocity = value;
      return this;
    }

    public Builder popularityTailExponent(double value) {
      popularityTailExponent = value;
      return this;
    }

    public Builder celebrities(int value) {
      celebrities = value;
      return this;
    }

    public Builder personShare(double value) {
      personShare = value;
      return this;
    }

    public Builder multiNetworkShare(double value) {
      multiNetworkShare = value;
      return this;
    }

    public Builder spamFarms(int value) {
      spamFarms = value;
      return this;
    }

    public Builder spamFarmSize(int value) {
      spamFarmSize = value;
      return this;
    }

    public Builder spamFarmTargets(int value) {
      spamFarmTargets = value;
      return this;
    }

    public Builder boughtFollowerClients(int value) {
      boughtFollowerClients = value;
      return this;
    }

    /** Also sets the pool to this size unless {@link #fakeFollowerAccounts} is set. */
    public Builder boughtFollowersPerClient(int value) {
      boughtFollowersPerClient = value;
      return this;
    }

    public Builder fakeFollowerAccounts(int value) {
      fakeFollowerAccounts = value;
      return this;
    }

    public Builder pods(int value) {
      pods = value;
      return this;
    }

    public Builder podSize(int value) {
      podSize = value;
      return this;
    }

    public Builder sockpuppetOwners(int value) {
      sockpuppetOwners = value;
      return this;
    }

    public Builder sockpuppetsPerOwner(int value) {
      sockpuppetsPerOwner = value;
      return this;
    }

    public Builder inactiveShare(double value) {
      inactiveShare = value;
      return this;
    }

    public Builder pausedShare(double value) {
      pausedShare = value;
      return this;
    }

    public Builder pauseDays(int value) {
      pauseDays = value;
      return this;
    }

    /** Removes every adversary: no farms, bought followers, pods or sockpuppets. */
    public Builder withoutAdversaries() {
      spamFarms = 0;
      boughtFollowerClients = 0;
      boughtFollowersPerClient = 0;
      fakeFollowerAccounts = 0;
      pods = 0;
      sockpuppetOwners = 0;
      return this;
    }

    public GeneratorConfig build() {
      int clients = orElse(boughtFollowerClients, defaultBoughtFollowerClients(accounts));
      int perClient = orElse(boughtFollowersPerClient,
          clients == 0 ? 0 : defaultBoughtFollowersPerClient(accounts));
      int defaultPool = clients == 0 ? 0
          : boughtFollowersPerClient != null ? perClient
          : defaultFakeFollowerAccounts(perClient);
      int pool = orElse(fakeFollowerAccounts, defaultPool);
      return new GeneratorConfig(
          accounts,
          seed,
          days,
          endDate,
          followsPerAccount,
          postsPerAccount,
          interactionsPerAccount,
          orElse(communities, defaultCommunities(accounts)),
          inCommunityFollowShare,
          peerReciprocity,
          popularityTailExponent,
          orElse(celebrities, defaultCelebrities(accounts)),
          personShare,
          multiNetworkShare,
          orElse(spamFarms, defaultSpamFarms(accounts)),
          orElse(spamFarmSize, defaultSpamFarmSize(accounts)),
          spamFarmTargets,
          clients,
          perClient,
          pool,
          orElse(pods, defaultPods(accounts)),
          podSize,
          orElse(sockpuppetOwners, defaultSockpuppetOwners(accounts)),
          sockpuppetsPerOwner,
          inactiveShare,
          pausedShare,
          pauseDays);
    }

    private static int orElse(Integer value, int fallback) {
      return value != null ? value : fallback;
    }
  }
}
