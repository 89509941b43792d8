package io.sway.loader.evaluation;

import io.sway.engine.rank.PageRank;
import io.sway.engine.rank.PageRankConfig;
import io.sway.engine.rank.RankResult;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Does today's score predict tomorrow's audience? Spearman's ρ, over genuine accounts ({@code
 * is_spam} false), between the score on day T and the number of distinct genuine accounts that
 * engage with the account (with its posts, or with it directly) in {@code (T, T + horizon]};
 * beside the same ρ for two baselines known on day T: the follower count, and plain PageRank on
 * the follow graph (unweighted, follower → followee). As a reference for how predictable the
 * next days are at all, the same ρ for the generator's hidden expectation: followers × {@code
 * latent_influence} ({@code truth.md}: expected genuine engagement grows with that product).
 */
public final class PredictiveValidity {
  private PredictiveValidity() {}

  /**
   * @param accounts the genuine accounts every correlation is over
   * @param horizonFrom first day counted (T + 1)
   * @param horizonTo last day counted (T + horizon)
   * @param score ρ(score on T, distinct engagers), or {@code null} when undefined
   * @param followerCount ρ(followers on T, distinct engagers), or {@code null}
   * @param followPageRank ρ(follow-graph PageRank on T, distinct engagers), or {@code null}
   * @param latentReference ρ(followers on T × {@code latent_influence}, distinct engagers): what
   *     the generator's own hidden quantity achieves, a reference for how predictable the next
   *     days are at all; {@code null} when undefined
   * @param followPageRankIterations iterations the follow-graph PageRank ran
   * @param followPageRankConverged whether it met its tolerance
   * @param distinctEngagers the predicted quantity, over the accounts
   */
  public record Result(
      int accounts,
      String horizonFrom,
      String horizonTo,
      Double score,
      Double followerCount,
      Double followPageRank,
      Double latentReference,
      int followPageRankIterations,
      boolean followPageRankConverged,
      Summary distinctEngagers) {}

  static Result evaluate(
      DayScores day,
      ActivityLog log,
      GroundTruth truth,
      int horizonDays,
      int[] followers,
      PageRankConfig followRank) {
    LocalDate asOf = day.day();
    int t = Math.toIntExact(asOf.toEpochDay());
    int[] engagers = distinctGenuineEngagers(log, truth, t + 1, t + horizonDays);
    RankResult rank = new PageRank(LogSnapshots.follows(log, asOf), followRank).compute();

    int genuine = truth.accountCount() - truth.spamCount();
    double[] scores = new double[genuine];
    double[] followerCounts = new double[genuine];
    double[] followRanks = new double[genuine];
    double[] latent = new double[genuine];
    double[] future = new double[genuine];
    int next = 0;
    for (int a = 0; a < truth.accountCount(); a++) {
      if (!truth.isSpam(a)) {
        scores[next] = day.score(a);
        followerCounts[next] = followers[a];
        followRanks[next] = rank.score(a);
        latent[next] = (double) followers[a] * truth.latentInfluence(a);
        future[next] = engagers[a];
        next++;
      }
    }
    return new Result(
        genuine,
        asOf.plusDays(1).toString(),
        asOf.plusDays(horizonDays).toString(),
        SpamDetection.finiteOrNull(SpearmanCorrelation.of(scores, future)),
        SpamDetection.finiteOrNull(SpearmanCorrelation.of(followerCounts, future)),
        SpamDetection.finiteOrNull(SpearmanCorrelation.of(followRanks, future)),
        SpamDetection.finiteOrNull(SpearmanCorrelation.of(latent, future)),
        rank.iterations(),
        rank.converged(),
        Summary.of(future));
  }

  /**
   * For each account, the number of distinct genuine accounts other than itself that engaged
   * with it on a day in {@code [fromDay, toDay]}.
   */
  static int[] distinctGenuineEngagers(ActivityLog log, GroundTruth truth, int fromDay, int toDay) {
    int first = log.firstEngagementOn(fromDay);
    int end = log.firstEngagementOn(toDay + 1);
    long[] pairs = new long[end - first];
    int size = 0;
    for (int e = first; e < end; e++) {
      int actor = log.engagementActor(e);
      int target = log.engagementTarget(e);
      if (actor != target && !truth.isSpam(actor)) {
        pairs[size++] = ((long) target << Integer.SIZE) | actor;
      }
    }
    Arrays.sort(pairs, 0, size);
    int[] engagers = new int[log.accountCount()];
    for (int i = 0; i < size; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        engagers[(int) (pairs[i] >>> Integer.SIZE)]++;
      }
    }
    return engagers;
  }
}
