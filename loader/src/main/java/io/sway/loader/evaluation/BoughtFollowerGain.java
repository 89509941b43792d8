package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Points gained by buying followers: {@code score(buyer) − score(twin)} on the day evaluated, for
 * each buyer whose purchase happened by then. The generator gives each buyer a twin that replays
 * everything the buyer does and receives, except the bought followers, so the difference is the
 * purchase's effect and nothing else. Follower counts are reported beside it, to show the
 * purchase is in the graph.
 */
public final class BoughtFollowerGain {
  private BoughtFollowerGain() {}

  /**
   * @param pairs buyer/twin pairs whose purchase happened on or before the day evaluated
   * @param pairsBoughtLater pairs left out because the purchase came after that day
   * @param boughtCount followers bought, over the pairs
   * @param gain {@code score(buyer) − score(twin)}, over the pairs
   * @param detail one row per pair
   */
  public record Result(
      int pairs, int pairsBoughtLater, Summary boughtCount, Summary gain, List<Pair> detail) {}

  /** One buyer and its twin on the day evaluated. */
  public record Pair(
      String buyer,
      String twin,
      int boughtCount,
      String boughtOn,
      int buyerScore,
      int twinScore,
      int gain,
      int buyerFollowers,
      int twinFollowers) {}

  static Result evaluate(
      DayScores day, GroundTruth truth, List<String> accountIds, int[] followers) {
    int asOf = Math.toIntExact(day.day().toEpochDay());
    List<Pair> detail = new ArrayList<>();
    int later = 0;
    for (GroundTruth.BuyerTwin pair : truth.buyerTwins()) {
      if (pair.boughtDay() > asOf) {
        later++;
        continue;
      }
      int buyerScore = day.score(pair.buyer());
      int twinScore = day.score(pair.twin());
      detail.add(new Pair(
          accountIds.get(pair.buyer()),
          accountIds.get(pair.twin()),
          pair.boughtCount(),
          LocalDate.ofEpochDay(pair.boughtDay()).toString(),
          buyerScore,
          twinScore,
          buyerScore - twinScore,
          followers[pair.buyer()],
          followers[pair.twin()]));
    }
    double[] gains = detail.stream().mapToDouble(Pair::gain).toArray();
    double[] counts = detail.stream().mapToDouble(Pair::boughtCount).toArray();
    return new Result(detail.size(), later, Summary.of(counts), Summary.of(gains), detail);
  }
}
