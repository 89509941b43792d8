package io.sway.loader.synthetic;

import java.io.IOException;

/**
 * Writes {@code follows.csv}, one follower at a time in account-id order, as the follows are
 * drawn: the only state kept between rows is a few reusable buffers the size of one account's
 * followee list.
 *
 * <p>Times ({@code since}): a follow made by choice falls in the follower's active time after both
 * accounts exist, skewed towards the start of the window (the square of a uniform quantile), since
 * most of a graph predates any window; a follow back comes after the follow it returns, in the
 * returning account's active time. Obligations follow their event: a farm links up and follows its
 * targets within days of its creation burst, a bought follower within two days of the purchase, a
 * pod within two days of forming, a sockpuppet ring early in the window.
 */
final class FollowWriter {
  private static final long FARM_LINK_SPREAD = 3 * Population.DAY;
  private static final long DELIVERY_SPREAD = 2 * Population.DAY;
  private static final long POD_LINK_SPREAD = 2 * Population.DAY;
  private static final double RING_LINK_LATEST = 0.2;

  private final Population population;
  private final FolloweeDraws draws;
  private final IntList mandatory = new IntList();
  private final IntList chosen = new IntList();
  private final LongSet taken = new LongSet();
  private CsvTable table;

  FollowWriter(Population population, FolloweeDraws draws) {
    this.population = population;
    this.draws = draws;
  }

  void write(CsvTable follows) throws IOException {
    this.table = follows;
    Population p = population;
    for (int id = 0; id < p.size; id++) {
      int account = p.accountAt[id];
      mandatory.clear();
      chosen.clear();
      taken.clear();
      draws.mandatory(account, mandatory);
      for (int i = 0; i < mandatory.size(); i++) {
        taken.add(mandatory.get(i));
      }
      draws.draw(account, taken, chosen);
      SplitMix times = SplitMix.of(p.seed, Purpose.FOLLOW_TIMES, p.key(account));
      for (int i = 0; i < mandatory.size(); i++) {
        int followee = mandatory.get(i);
        long since = obligationTime(account, followee, times);
        if (since != Population.NEVER && p.isActive(account, since)) {
          emit(account, followee, since);
        }
      }
      for (int i = 0; i < chosen.size(); i++) {
        writeChosen(account, chosen.get(i), times);
      }
    }
  }

  private void writeChosen(int follower, int followee, SplitMix times) throws IOException {
    Population p = population;
    double quantile = times.nextDouble();
    double backQuantile = times.nextDouble();
    long bothExist = Math.max(p.createdAt[follower], p.createdAt[followee]);
    long since = p.sampleActive(follower, quantile * quantile, bothExist);
    if (since == Population.NEVER) {
      return;
    }
    int followeeTwin = p.twinOf(followee);
    emit(follower, followee, since);
    if (followeeTwin >= 0) {
      emit(follower, followeeTwin, since);
    }
    if (!p.hasMandatoryFollows(followee) && draws.mutual(follower, followee)
        && draws.ownerKey(follower, followee) == p.key(follower)) {
      long back = p.sampleActive(followee, backQuantile, since + 1);
      if (back != Population.NEVER) {
        emit(followee, follower, back);
        if (followeeTwin >= 0) {
          emit(followeeTwin, follower, back);
        }
      }
    }
  }

  private long obligationTime(int follower, int followee, SplitMix times) {
    Population p = population;
    int index = p.tieIndex[follower];
    return switch (p.tie[follower]) {
      case Population.TIE_FARM -> within(p.farmActiveFrom(index), FARM_LINK_SPREAD, times);
      case Population.TIE_FAKE -> {
        int client = p.tieIndex[followee];
        yield within(p.purchaseAt[client], DELIVERY_SPREAD, times);
      }
      case Population.TIE_POD -> within(p.podSince[index], POD_LINK_SPREAD, times);
      default -> p.sampleActive(follower, RING_LINK_LATEST * times.nextDouble(),
          Math.max(p.createdAt[follower], p.createdAt[followee]));
    };
  }

  private long within(long from, long spread, SplitMix times) {
    long time = Math.max(from, population.windowStart) + times.between(0, spread);
    return time < population.windowEnd ? time : Population.NEVER;
  }

  private void emit(int follower, int followee, long since) throws IOException {
    table.row(population.accountId(follower), population.accountId(followee),
        Timestamps.instant(since));
  }
}
