package io.sway.loader.synthetic;

import java.io.IOException;

/**
 * When each account posts and about what, as pure functions of (account, post number): nothing is
 * stored but the post counts, and any post's time and topics can be recomputed in O(1) (farm posts
 * in O(campaigns)), which is how engagers find posts to react to without a post table in memory.
 *
 * <ul>
 *   <li>Genuine accounts and sockpuppets post a Poisson number of times (mean: a lognormal
 *       per-account daily rate times the account's active days), at uniform times of their active
 *       time, about one or two of their interests.
 *   <li>A spam farm runs a campaign every {@value #FARM_CAMPAIGN_EVERY_DAYS} days: most members
 *       post within half an hour of the campaign time, all on the farm's topics: duplicate-ish
 *       content that nobody but the farm engages with.
 *   <li>Fake followers mostly never post; a few post once.
 * </ul>
 */
final class PostSchedule {
  static final int FARM_CAMPAIGN_EVERY_DAYS = 10;
  private static final double FARM_CAMPAIGN_PARTICIPATION = 0.7;
  private static final long FARM_POST_SPREAD = 30 * Population.MINUTE;
  private static final long FARM_CAMPAIGN_MARGIN = Population.HOUR;
  private static final double FAKE_POSTING_SHARE = 0.1;
  private static final double SECOND_TOPIC_SHARE = 0.4;

  private final Population population;
  private final long seed;

  PostSchedule(Population population) {
    this.population = population;
    this.seed = population.seed;
  }

  /** Draws the number of original posts of an account (at least {@code minimum}). */
  int drawCount(int account, int minimum) {
    return switch (population.tie[account]) {
      case Population.TIE_FARM -> farmPostCount(account);
      case Population.TIE_FAKE ->
          SplitMix.unit(seed, Purpose.POST_COUNT, account, 0) < FAKE_POSTING_SHARE ? 1 : 0;
      default -> {
        int key = population.key(account);
        double activeDays = (double) population.activeSeconds(account) / Population.DAY;
        int drawn = SplitMix.of(seed, Purpose.POST_COUNT, key)
            .poisson(population.postRate(account) * activeDays);
        yield Math.max(drawn, activeDays > 0 ? minimum : 0);
      }
    };
  }

  int count(int account) {
    return population.postCount[account];
  }

  /** The number of the post in the whole file: its id is {@code p} + this number. */
  long postNumber(int account, int post) {
    return population.postStart[account] + post;
  }

  /** The creation time (epoch seconds) of post {@code post} of {@code account}. */
  long time(int account, int post) {
    if (population.tie[account] == Population.TIE_FARM) {
      int farm = population.tieIndex[account];
      int campaign = farmCampaignOfPost(account, post);
      SplitMix random = SplitMix.of(seed, Purpose.CAMPAIGN_PARTICIPATION, account, campaign);
      random.nextDouble();
      return campaignTime(farm, campaign) + random.between(0, FARM_POST_SPREAD);
    }
    SplitMix random = SplitMix.of(seed, Purpose.POST, population.key(account), post);
    return population.sampleActive(account, random.nextDouble(), population.activeFrom(account));
  }

  /** The topics (bit mask) of post {@code post} of {@code account}. */
  int topics(int account, int post) {
    if (population.tie[account] == Population.TIE_FARM) {
      return population.farmTopics[population.tieIndex[account]];
    }
    SplitMix random = SplitMix.of(seed, Purpose.POST, population.key(account), post);
    random.nextDouble();
    return Topics.drawPostTopics(population.interests[account], random, SECOND_TOPIC_SHARE);
  }

  /** Writes every original post, in account-id order; replies come later, with engagement. */
  void writeOriginalPosts(CsvTable posts) throws IOException {
    Population p = population;
    for (int id = 0; id < p.size; id++) {
      int account = p.accountAt[id];
      String author = p.accountId(account);
      for (int post = 0; post < count(account); post++) {
        posts.row("p" + postNumber(account, post), author, Timestamps.instant(time(account, post)),
            Topics.join(topics(account, post)), "");
      }
    }
  }

  private int farmPostCount(int account) {
    int count = 0;
    for (int campaign = 0; campaign < population.farmCampaigns; campaign++) {
      if (joins(account, campaign)) {
        count++;
      }
    }
    return count;
  }

  private int farmCampaignOfPost(int account, int post) {
    int seen = 0;
    for (int campaign = 0; campaign < population.farmCampaigns; campaign++) {
      if (joins(account, campaign) && seen++ == post) {
        return campaign;
      }
    }
    throw new IllegalArgumentException("account " + account + " has no post " + post);
  }

  private boolean joins(int account, int campaign) {
    return SplitMix.of(seed, Purpose.CAMPAIGN_PARTICIPATION, account, campaign).nextDouble()
        < FARM_CAMPAIGN_PARTICIPATION;
  }

  private long campaignTime(int farm, int campaign) {
    long from = population.farmActiveFrom(farm);
    long to = population.windowEnd - FARM_CAMPAIGN_MARGIN;
    return from + (long) (SplitMix.unit(seed, Purpose.CAMPAIGN, farm, campaign) * (to - from));
  }
}
