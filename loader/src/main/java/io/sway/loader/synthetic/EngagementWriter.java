package io.sway.loader.synthetic;

import java.io.IOException;
import java.util.Arrays;

/**
 * Writes {@code interactions.csv} one actor at a time in account-id order, and appends the reply
 * posts those interactions create to {@code posts.csv}.
 *
 * <p><b>Organic engagement.</b> Each genuine account (and, at half the rate, each sockpuppet) has
 * a lognormal budget of attempted actions, {@link #ORGANIC_BUDGET_CALIBRATION} times {@code
 * interactionsPerAccount} on average, because about half of the attempts are dropped (off-topic,
 * repeated, past the window or outside the actor's active time): genuine accounts end up near
 * {@code interactionsPerAccount} actions. Per action it picks, with probability {@value
 * #DISCOVERY_SHARE}, any account of its community by popularity ("discovery"), and otherwise one
 * of the accounts it follows, replayed from {@link FolloweeDraws}, with probability proportional
 * to that account's latent influence, times {@value #OFF_TOPIC_WEIGHT} when they share no
 * interest. Then a uniform post of that account; a post about none of the actor's interests is
 * skipped with probability {@code 1 -} {@value #OFF_TOPIC_ACCEPT}. The reaction comes a lognormal
 * delay after the post (median 90 minutes). Types: like 68%, reshare 14%, reply 9%, quote 4%,
 * mention 5%; half of the replies are also posts with {@code reply_to}. So an account's
 * engagement comes mostly from its followers, grows with its latent influence, and never from its
 * bought followers.
 *
 * <p><b>Coordinated engagement</b> (before the organic budget, same actor): a pod member likes and
 * reshares every original post of every pod-mate made after the pod formed, and replies to 30% of
 * them, 1 to 15 minutes after posting; a farm account likes 80% and reshares 40% of its targets'
 * posts within half an hour and sprinkles likes on farm-mates' posts; a sockpuppet likes 90% and
 * reshares 60% of its owner's posts and likes half of its siblings' posts; an owner likes some of
 * its puppets' posts.
 *
 * <p>No actor reacts twice the same way to one post or mentions one account twice, and no
 * account reacts to itself. Whatever anyone does to a client's post, they do to the same post of
 * its twin at the same time.
 */
final class EngagementWriter {
  static final double ORGANIC_BUDGET_CALIBRATION = 1.95;
  private static final double BUDGET_SIGMA = 1.1;
  private static final double PUPPET_BUDGET_FACTOR = 0.5;
  static final double DISCOVERY_SHARE = 0.15;
  static final double OFF_TOPIC_WEIGHT = 0.3;
  static final double OFF_TOPIC_ACCEPT = 0.35;
  private static final double DELAY_MEDIAN_SECONDS = 90 * Population.MINUTE;
  private static final double DELAY_SIGMA = 1.5;
  private static final long MAX_DELAY = 7 * Population.DAY;
  private static final double REPLY_POST_SHARE = 0.5;

  private static final double POD_REPLY_SHARE = 0.3;
  private static final long POD_DELAY_MIN = Population.MINUTE;
  private static final long POD_DELAY_MAX = 15 * Population.MINUTE;
  private static final double FARM_TARGET_LIKE = 0.8;
  private static final double FARM_TARGET_RESHARE = 0.4;
  private static final long FARM_TARGET_DELAY_MAX = 30 * Population.MINUTE;
  private static final double FARM_MATE_LIKE = 0.08;
  private static final double FARM_MATE_RESHARE = 0.03;
  private static final long FARM_MATE_DELAY_MAX = 2 * Population.HOUR;
  private static final double PUPPET_OWNER_LIKE = 0.9;
  private static final double PUPPET_OWNER_RESHARE = 0.6;
  private static final double PUPPET_SIBLING_LIKE = 0.5;
  private static final double PUPPET_SIBLING_RESHARE = 0.2;
  private static final long PUPPET_DELAY_MAX = 3 * Population.HOUR;
  private static final double OWNER_PUPPET_LIKE = 0.3;
  private static final long COORDINATED_DELAY_MIN = Population.MINUTE;

  /** Interaction types and their codes in {@code interactions.csv}. */
  static final int LIKE = 0;
  static final int RESHARE = 1;
  static final int REPLY = 2;
  static final int QUOTE = 3;
  static final int MENTION = 4;
  static final String[] TYPE_CODES = {"like", "reshare", "reply", "quote", "mention"};
  private static final double[] TYPE_SHARES = {0.68, 0.14, 0.09, 0.04, 0.05};
  private static final int KEY_SLOTS = 8;

  private final Population population;
  private final PostSchedule schedule;
  private final FolloweeDraws draws;
  private final IntList mandatory = new IntList();
  private final IntList followees = new IntList();
  private final LongSet taken = new LongSet();
  private final LongSet done = new LongSet();
  private double[] cumulative = new double[64];
  private CsvTable interactions;
  private CsvTable posts;
  private long replyPosts;

  EngagementWriter(Population population, PostSchedule schedule, FolloweeDraws draws) {
    this.population = population;
    this.schedule = schedule;
    this.draws = draws;
  }

  /** Writes every interaction; returns the number of reply posts appended to {@code posts}. */
  long write(CsvTable interactionTable, CsvTable postTable) throws IOException {
    this.interactions = interactionTable;
    this.posts = postTable;
    Population p = population;
    for (int id = 0; id < p.size; id++) {
      int actor = p.accountAt[id];
      done.clear();
      SplitMix coordinated = SplitMix.of(p.seed, Purpose.COORDINATED_ENGAGEMENT, actor);
      switch (p.tie[actor]) {
        case Population.TIE_POD -> engageAsPodMember(actor, coordinated);
        case Population.TIE_FARM -> engageAsFarm(actor, coordinated);
        case Population.TIE_PUPPET -> engageAsSockpuppet(actor, coordinated);
        case Population.TIE_OWNER -> engageAsOwner(actor, coordinated);
        default -> {
          // no coordinated engagement
        }
      }
      if (p.roleOf(actor) != Role.SPAM && p.roleOf(actor) != Role.BOUGHT_FOLLOWER) {
        engageOrganically(actor);
      }
    }
    return replyPosts;
  }

  // ---------------------------------------------------------------- coordinated

  private void engageAsPodMember(int actor, SplitMix random) throws IOException {
    Population p = population;
    int pod = p.tieIndex[actor];
    for (int mate : p.podMembers[pod]) {
      if (mate == actor) {
        continue;
      }
      for (int post = 0; post < schedule.count(mate); post++) {
        long posted = schedule.time(mate, post);
        if (posted < p.podSince[pod]) {
          continue;
        }
        long likeAt = posted + random.between(POD_DELAY_MIN, POD_DELAY_MAX);
        long reshareAt = posted + random.between(POD_DELAY_MIN, POD_DELAY_MAX);
        long replyAt = posted + random.between(POD_DELAY_MIN, POD_DELAY_MAX);
        boolean replies = random.chance(POD_REPLY_SHARE);
        react(actor, LIKE, mate, post, likeAt);
        react(actor, RESHARE, mate, post, reshareAt);
        if (replies) {
          react(actor, REPLY, mate, post, replyAt);
        }
      }
    }
  }

  private void engageAsFarm(int actor, SplitMix random) throws IOException {
    Population p = population;
    int farm = p.tieIndex[actor];
    long from = p.farmActiveFrom(farm);
    for (int target : p.farmTargets[farm]) {
      reactToPosts(actor, target, from, FARM_TARGET_LIKE, FARM_TARGET_RESHARE,
          FARM_TARGET_DELAY_MAX, random);
    }
    for (int i = 0; i < p.config.spamFarmSize(); i++) {
      int mate = p.farmMember(farm, i);
      if (mate != actor) {
        reactToPosts(actor, mate, from, FARM_MATE_LIKE, FARM_MATE_RESHARE, FARM_MATE_DELAY_MAX,
            random);
      }
    }
  }

  private void engageAsSockpuppet(int actor, SplitMix random) throws IOException {
    Population p = population;
    int owner = p.tieIndex[actor];
    reactToPosts(actor, p.ownerAccount[owner], p.windowStart, PUPPET_OWNER_LIKE,
        PUPPET_OWNER_RESHARE, PUPPET_DELAY_MAX, random);
    for (int i = 0; i < p.config.sockpuppetsPerOwner(); i++) {
      int sibling = p.puppet(owner, i);
      if (sibling != actor) {
        reactToPosts(actor, sibling, p.windowStart, PUPPET_SIBLING_LIKE, PUPPET_SIBLING_RESHARE,
            PUPPET_DELAY_MAX, random);
      }
    }
  }

  private void engageAsOwner(int actor, SplitMix random) throws IOException {
    Population p = population;
    int owner = p.tieIndex[actor];
    for (int i = 0; i < p.config.sockpuppetsPerOwner(); i++) {
      reactToPosts(actor, p.puppet(owner, i), p.windowStart, OWNER_PUPPET_LIKE, 0.0,
          PUPPET_DELAY_MAX, random);
    }
  }

  private void reactToPosts(int actor, int author, long notBefore, double like, double reshare,
      long maxDelay, SplitMix random) throws IOException {
    for (int post = 0; post < schedule.count(author); post++) {
      long posted = schedule.time(author, post);
      double likeCoin = random.nextDouble();
      double reshareCoin = random.nextDouble();
      long likeDelay = random.between(COORDINATED_DELAY_MIN, maxDelay);
      long reshareDelay = random.between(COORDINATED_DELAY_MIN, maxDelay);
      if (posted < notBefore) {
        continue;
      }
      if (likeCoin < like) {
        react(actor, LIKE, author, post, posted + likeDelay);
      }
      if (reshareCoin < reshare) {
        react(actor, RESHARE, author, post, posted + reshareDelay);
      }
    }
  }

  // ---------------------------------------------------------------- organic

  private void engageOrganically(int actor) throws IOException {
    Population p = population;
    SplitMix random = SplitMix.of(p.seed, Purpose.ENGAGEMENT, p.key(actor));
    double mean = p.config.interactionsPerAccount() * ORGANIC_BUDGET_CALIBRATION
        * (p.tie[actor] == Population.TIE_PUPPET ? PUPPET_BUDGET_FACTOR : 1.0);
    long budget = Math.round(random.logNormalWithMean(mean, BUDGET_SIGMA));
    if (budget == 0) {
      return;
    }
    double total = replayFollowees(actor);
    boolean hasCommunity = p.community[actor] != Population.NO_COMMUNITY;
    for (long action = 0; action < budget; action++) {
      boolean discovery = random.chance(DISCOVERY_SHARE) || total <= 0;
      int author;
      if (discovery) {
        author = hasCommunity ? p.communityTable.sample(p.communityGroup(actor), random)
            : p.networkTable.sample(p.network[actor], random);
      } else {
        double point = random.nextDouble() * total;
        random.nextDouble();
        int slot = Arrays.binarySearch(cumulative, 0, followees.size(), point);
        slot = slot >= 0 ? slot + 1 : -slot - 1;
        author = followees.get(Math.min(slot, followees.size() - 1));
      }
      double postQuantile = random.nextDouble();
      double typeQuantile = random.nextDouble();
      double delayNoise = random.gaussian();
      double topicCoin = random.nextDouble();
      double replyCoin = random.nextDouble();
      if (author == GroupedAliasTable.NONE || p.key(author) == p.key(actor)
          || schedule.count(author) == 0) {
        continue;
      }
      int post = (int) (postQuantile * schedule.count(author));
      int topics = schedule.topics(author, post);
      if ((topics & p.interests[actor]) == 0 && topicCoin >= OFF_TOPIC_ACCEPT) {
        continue;
      }
      long delay = Math.min(MAX_DELAY,
          (long) (DELAY_MEDIAN_SECONDS * StrictMath.exp(DELAY_SIGMA * delayNoise)));
      long at = schedule.time(author, post) + Math.max(1, delay);
      int type = type(typeQuantile);
      if (type == MENTION) {
        mention(actor, author, at);
      } else if (react(actor, type, author, post, at) && type == REPLY
          && replyCoin < REPLY_POST_SHARE) {
        replyPost(actor, author, post, at, topics);
      }
    }
  }

  /** Fills {@link #followees} with the actor's own choices and their cumulative weights. */
  private double replayFollowees(int actor) {
    Population p = population;
    mandatory.clear();
    followees.clear();
    taken.clear();
    draws.mandatory(actor, mandatory);
    for (int i = 0; i < mandatory.size(); i++) {
      taken.add(mandatory.get(i));
    }
    draws.draw(actor, taken, followees);
    if (cumulative.length < followees.size()) {
      cumulative = new double[Math.max(followees.size(), 2 * cumulative.length)];
    }
    double total = 0;
    for (int i = 0; i < followees.size(); i++) {
      int followee = followees.get(i);
      if (schedule.count(followee) > 0) {
        boolean shared = (p.interests[followee] & p.interests[actor]) != 0;
        total += p.influence[followee] * (shared ? 1.0 : OFF_TOPIC_WEIGHT);
      }
      cumulative[i] = total;
    }
    return total;
  }

  private static int type(double quantile) {
    double rest = quantile;
    for (int type = 0; type < TYPE_SHARES.length - 1; type++) {
      rest -= TYPE_SHARES[type];
      if (rest < 0) {
        return type;
      }
    }
    return TYPE_SHARES.length - 1;
  }

  // ---------------------------------------------------------------- rows

  /**
   * Writes one reaction to a post, and the same reaction to the twin's copy of a client's post.
   * Returns false (and writes nothing) when the actor is not active then, the time is past the
   * window, or the actor already reacted so.
   */
  private boolean react(int actor, int type, int author, int post, long at) throws IOException {
    Population p = population;
    if (at >= p.windowEnd || !p.isActive(actor, at) || p.key(actor) == p.key(author)) {
      return false;
    }
    long postNumber = schedule.postNumber(author, post);
    if (!done.add(postNumber * KEY_SLOTS + type)) {
      return false;
    }
    writeReaction(actor, type, author, postNumber, at);
    int twin = p.twinOf(author);
    if (twin >= 0) {
      long twinPost = schedule.postNumber(twin, post);
      done.add(twinPost * KEY_SLOTS + type);
      writeReaction(actor, type, twin, twinPost, at);
    }
    return true;
  }

  private void mention(int actor, int target, long at) throws IOException {
    Population p = population;
    if (at >= p.windowEnd || !p.isActive(actor, at)
        || !done.add((long) target * KEY_SLOTS + MENTION)) {
      return;
    }
    interactions.row(p.accountId(actor), TYPE_CODES[MENTION], "", p.accountId(target),
        Timestamps.instant(at));
    int twin = p.twinOf(target);
    if (twin >= 0) {
      interactions.row(p.accountId(actor), TYPE_CODES[MENTION], "", p.accountId(twin),
          Timestamps.instant(at));
    }
  }

  private void writeReaction(int actor, int type, int author, long postNumber, long at)
      throws IOException {
    Population p = population;
    interactions.row(p.accountId(actor), TYPE_CODES[type], "p" + postNumber, p.accountId(author),
        Timestamps.instant(at));
  }

  private void replyPost(int actor, int author, int post, long at, int topics) throws IOException {
    Population p = population;
    String actorId = p.accountId(actor);
    posts.row("p" + (p.originalPosts + replyPosts++), actorId, Timestamps.instant(at),
        Topics.join(topics), "p" + schedule.postNumber(author, post));
    int twin = p.twinOf(author);
    if (twin >= 0) {
      posts.row("p" + (p.originalPosts + replyPosts++), actorId, Timestamps.instant(at),
          Topics.join(topics), "p" + schedule.postNumber(twin, post));
    }
  }
}
