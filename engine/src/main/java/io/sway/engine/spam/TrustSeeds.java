package io.sway.engine.spam;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.Activity;
import io.sway.engine.rank.PageRank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The accounts trust starts from, and how they were chosen.
 *
 * <p>Choice, in order: the configured accounts (a list an operator vetted), then, when {@link
 * SpamConfig#verifiedSeeds()}, the verified accounts; then every network that still has no
 * usable seed (one with a tie in the trust graph) gets automatic seeds. Per network, because
 * follows rarely cross networks: trust started on one network would never reach another.
 *
 * <p>Automatic seeds are the top {@code max(automaticSeedMinimum, ⌈automaticSeedShare × size⌉)}
 * accounts of the network by PageRank (Page et al. 1999, as {@link PageRank} computes it, default
 * damping) over the follows made by accounts at least {@code automaticSeedMinAgeDays} old, among
 * accounts that are that old themselves and have a tie in the trust graph; ties go to the lower
 * account index.
 *
 * <p>Why a farm finds this hard to capture. PageRank only flows along follows, so a farm that no
 * genuine account follows holds no more rank in total than its teleport share, {@code s / n} for
 * {@code s} accounts; funnelled into one hub that follows them back, the hub gets about {@code d
 * / (1 + d) ≈ 0.46} of it, {@code 0.46 s} times the average rank {@code 1 / n}. On the generated
 * ground truth the last automatic seed of a network holds 11 to 30 times the average at 20,000
 * accounts and 24 to 35 times at 100,000, so a farm needs some 25 to 75 accounts funnelling every
 * follow into one account, each of them (not just the hub) aged past the minimum age, since
 * younger accounts' follows are not counted. And a captured seed brings in only its share,
 * {@code 1 / k}, of the trust. Verified accounts and a configured list remain the better seeds;
 * automatic ones are for data that has neither, and the result lists them for review.
 *
 * <p>Ownership: {@code accounts} is handed over, not copied, and must not be modified.
 *
 * @param accounts the seed accounts, ascending, distinct
 * @param configured how many came from the configured list
 * @param verified how many were added as verified accounts (not counting configured ones)
 * @param automatic how many were chosen automatically
 * @param automaticNetworks the networks that needed automatic seeds, by name
 * @param unseededNetworks the networks with accounts but no usable seed even so (no account old
 *     enough and tied), by name: trust cannot judge their accounts
 */
public record TrustSeeds(
    int[] accounts,
    int configured,
    int verified,
    int automatic,
    List<String> automaticNetworks,
    List<String> unseededNetworks) {

  private static final double SECONDS_PER_DAY = 86_400.0;

  public TrustSeeds {
    Objects.requireNonNull(accounts, "accounts");
    automaticNetworks = List.copyOf(automaticNetworks);
    unseededNetworks = List.copyOf(unseededNetworks);
    if (configured + verified + automatic != accounts.length) {
      throw new IllegalArgumentException("configured + verified + automatic must equal the "
          + accounts.length + " seeds, was " + (configured + verified + automatic));
    }
  }

  /**
   * Chooses the seeds for {@code activity}.
   *
   * @param trustGraph the trust graph of the activity ({@link TrustGraph#of})
   * @param configuredSeeds account indexes an operator configured as seeds; may be empty
   * @throws IllegalArgumentException if a configured seed is not an account index
   */
  public static TrustSeeds choose(
      Activity activity, GraphSnapshot trustGraph, int[] configuredSeeds, SpamConfig config) {
    int n = activity.accountCount();
    if (trustGraph.vertexCount() != n) {
      throw new IllegalArgumentException("trust graph must have " + n + " vertices, had "
          + trustGraph.vertexCount());
    }
    boolean[] seed = new boolean[n];
    int configured = 0;
    for (int account : configuredSeeds) {
      if (account < 0 || account >= n) {
        throw new IllegalArgumentException(
            "configured seed must be an account in [0, " + n + "), was " + account);
      }
      if (!seed[account]) {
        seed[account] = true;
        configured++;
      }
    }
    int verified = 0;
    if (config.verifiedSeeds()) {
      boolean[] isVerified = activity.verified();
      for (int v = 0; v < n; v++) {
        if (isVerified[v] && !seed[v]) {
          seed[v] = true;
          verified++;
        }
      }
    }

    int networks = activity.networks().size();
    int[] network = activity.network();
    boolean[] seeded = new boolean[networks];
    int[] networkSize = new int[networks];
    for (int v = 0; v < n; v++) {
      networkSize[network[v]]++;
      if (seed[v] && trustGraph.outWeight(v) > 0.0) {
        seeded[network[v]] = true;
      }
    }
    int automatic = 0;
    List<String> automaticNetworks = new ArrayList<>();
    List<String> unseededNetworks = new ArrayList<>();
    double[] rank = null;
    for (int net = 0; net < networks; net++) {
      if (seeded[net] || networkSize[net] == 0) {
        continue;
      }
      if (rank == null) {
        rank = new PageRank(followsOfAgedAccounts(activity, config)).compute().scores();
      }
      int chosen = chooseAutomatic(activity, trustGraph, config, rank, net, networkSize[net], seed);
      if (chosen > 0) {
        automatic += chosen;
        automaticNetworks.add(activity.networks().get(net));
      } else {
        unseededNetworks.add(activity.networks().get(net));
      }
    }

    int[] accounts = new int[configured + verified + automatic];
    int next = 0;
    for (int v = 0; v < n; v++) {
      if (seed[v]) {
        accounts[next++] = v;
      }
    }
    return new TrustSeeds(
        accounts, configured, verified, automatic, automaticNetworks, unseededNetworks);
  }

  /** The follow graph without the follows made by accounts younger than the seed minimum age. */
  private static GraphSnapshot followsOfAgedAccounts(Activity activity, SpamConfig config) {
    GraphSnapshot follows = activity.follows();
    long minCreated = minSeedCreation(activity, config);
    long[] createdAt = activity.createdAt();
    GraphSnapshot.Builder aged = GraphSnapshot.builder(follows.vertexCount(), follows.edgeCount());
    for (int v = 0; v < follows.vertexCount(); v++) {
      if (createdAt[v] <= minCreated) {
        for (int i = 0; i < follows.outDegree(v); i++) {
          aged.addEdge(v, follows.outNeighbour(v, i), follows.weight(v, i));
        }
      }
    }
    return aged.build();
  }

  /** The latest creation time of an account old enough to be an automatic seed. */
  private static long minSeedCreation(Activity activity, SpamConfig config) {
    return activity.asOf() - (long) Math.ceil(config.automaticSeedMinAgeDays() * SECONDS_PER_DAY);
  }

  /** Whether trust was seeded in each network of {@code activity}, by network index. */
  public boolean[] seededNetworks(Activity activity) {
    boolean[] seeded = new boolean[activity.networks().size()];
    for (int net = 0; net < seeded.length; net++) {
      seeded[net] = !unseededNetworks.contains(activity.networks().get(net));
    }
    return seeded;
  }

  /** Marks the automatic seeds of network {@code net} in {@code seed}; returns how many. */
  private static int chooseAutomatic(Activity activity, GraphSnapshot trustGraph,
      SpamConfig config, double[] rank, int net, int size, boolean[] seed) {
    long minCreated = minSeedCreation(activity, config);
    int[] network = activity.network();
    long[] createdAt = activity.createdAt();
    int candidateCount = 0;
    int[] candidates = new int[size];
    for (int v = 0; v < activity.accountCount(); v++) {
      if (network[v] == net && !seed[v] && trustGraph.outWeight(v) > 0.0
          && createdAt[v] <= minCreated) {
        candidates[candidateCount++] = v;
      }
    }
    int wanted = (int) Math.min(candidateCount, Math.max(config.automaticSeedMinimum(),
        (long) Math.ceil(config.automaticSeedShare() * size)));
    if (wanted == 0) {
      return 0;
    }
    // the wanted-th highest rank, then every candidate above it and, in index order, enough of
    // those equal to it: the top ranks with ties to the lower index, without boxing
    double[] ranks = new double[candidateCount];
    for (int i = 0; i < candidateCount; i++) {
      ranks[i] = rank[candidates[i]];
    }
    Arrays.sort(ranks);
    double cutoff = ranks[candidateCount - wanted];
    int above = 0;
    for (double r : ranks) {
      if (r > cutoff) {
        above++;
      }
    }
    int equalWanted = wanted - above;
    for (int i = 0; i < candidateCount; i++) {
      int v = candidates[i];
      if (rank[v] > cutoff) {
        seed[v] = true;
      } else if (rank[v] == cutoff && equalWanted > 0) {
        seed[v] = true;
        equalWanted--;
      }
    }
    return wanted;
  }

  /** The number of seeds. */
  public int count() {
    return accounts.length;
  }

  /** How the seeds were chosen, in words, e.g. "79 verified". */
  public String description() {
    List<String> parts = new ArrayList<>();
    if (configured > 0) {
      parts.add(configured + " configured");
    }
    if (verified > 0) {
      parts.add(verified + " verified");
    }
    if (automatic > 0) {
      parts.add(automatic + " automatic (top PageRank of " + String.join(", ", automaticNetworks)
          + ")");
    }
    if (!unseededNetworks.isEmpty()) {
      parts.add("none in " + String.join(", ", unseededNetworks));
    }
    return parts.isEmpty() ? "no seeds" : String.join(", ", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrustSeeds other
        && configured == other.configured
        && verified == other.verified
        && automatic == other.automatic
        && Arrays.equals(accounts, other.accounts)
        && automaticNetworks.equals(other.automaticNetworks)
        && unseededNetworks.equals(other.unseededNetworks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(accounts), configured, verified, automatic,
        automaticNetworks, unseededNetworks);
  }

  @Override
  public String toString() {
    return "TrustSeeds[" + description() + "]";
  }
}
