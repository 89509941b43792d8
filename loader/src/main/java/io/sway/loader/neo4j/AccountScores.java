package io.sway.loader.neo4j;

import java.util.List;

/**
 * The results of one scoring run, one entry per account of the snapshot, in snapshot order.
 *
 * @param accountIds the account ids
 * @param influence each account's network influence (PageRank; sums to 1)
 * @param scores each account's 0–99 score
 * @param ranks each account's 1-based rank by influence (ties broken by id)
 */
public record AccountScores(List<String> accountIds, double[] influence, int[] scores, int[] ranks) {
  public AccountScores {
    accountIds = List.copyOf(accountIds);
    int n = accountIds.size();
    if (influence.length != n || scores.length != n || ranks.length != n) {
      throw new IllegalArgumentException(
          "expected " + n + " values per account, got influence " + influence.length
              + ", scores " + scores.length + ", ranks " + ranks.length);
    }
  }
}
