package io.sway.loader.evaluation;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.score.EngagementWeights;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.neo4j.EngagementSnapshot;
import io.sway.loader.scoring.ScoringWindow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.BitSet;

/**
 * Graphs cut from an {@link ActivityLog} in memory, without touching the database.
 *
 * <p>{@link #engagement} builds the same {@link EngagementSnapshot} that {@link
 * io.sway.loader.neo4j.SnapshotExtractor} reads out of Neo4j for the window {@link
 * ScoringWindow#asOf}: vertices in id order, an edge {@code actor -> engaged} per interaction in
 * the window, weighted by kind and summed, self-engagement left out; active = posted or interacted
 * in the window. Cost: {@code O(n + m)} for the window's {@code m} engagements (two binary
 * searches find them in the day-sorted log).
 */
final class LogSnapshots {
  private LogSnapshots() {}

  /** The engagement snapshot of the window of {@code windowDays} days ending on {@code asOf}. */
  static EngagementSnapshot engagement(
      ActivityLog log, LocalDate asOf, int windowDays, EngagementWeights weights) {
    ScoringWindow window = ScoringWindow.asOf(asOf, windowDays);
    int fromDay =
        Math.toIntExact(window.from().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
    int toDay = Math.toIntExact(asOf.toEpochDay());
    double[] weightByType = weightsByType(weights);

    int first = log.firstEngagementOn(fromDay);
    int end = log.firstEngagementOn(toDay + 1);
    GraphSnapshot.Builder graph = GraphSnapshot.builder(log.accountCount(), end - first);
    BitSet active = new BitSet(log.accountCount());
    for (int e = first; e < end; e++) {
      int actor = log.engagementActor(e);
      int target = log.engagementTarget(e);
      if (actor == target) {
        continue;
      }
      active.set(actor);
      graph.addEdge(actor, target, weightByType[log.engagementType(e).ordinal()]);
    }
    for (int p = log.firstPostOn(fromDay), postEnd = log.firstPostOn(toDay + 1); p < postEnd; p++) {
      active.set(log.postAuthor(p));
    }
    return new EngagementSnapshot(
        log.accountIds(), graph.build(), active, window.from(), window.to());
  }

  /**
   * The follow graph as of the end of {@code day}: an edge {@code follower -> followee} of
   * weight 1 per follow that began on or before {@code day} (or at an unknown time).
   */
  static GraphSnapshot follows(ActivityLog log, LocalDate day) {
    int until = Math.toIntExact(day.toEpochDay());
    GraphSnapshot.Builder graph = GraphSnapshot.builder(log.accountCount(), log.followCount());
    for (int f = 0; f < log.followCount(); f++) {
      if (log.followDay(f) <= until) {
        graph.addEdge(log.follower(f), log.followee(f), 1.0);
      }
    }
    return graph.build();
  }

  /** Each account's number of follows received that began on or before {@code day}. */
  static int[] followerCounts(ActivityLog log, LocalDate day) {
    int until = Math.toIntExact(day.toEpochDay());
    int[] followers = new int[log.accountCount()];
    for (int f = 0; f < log.followCount(); f++) {
      if (log.followDay(f) <= until) {
        followers[log.followee(f)]++;
      }
    }
    return followers;
  }

  private static double[] weightsByType(EngagementWeights weights) {
    double[] byType = new double[InteractionType.values().length];
    byType[InteractionType.RESHARE.ordinal()] = weights.reshare();
    byType[InteractionType.QUOTE.ordinal()] = weights.quote();
    byType[InteractionType.REPLY.ordinal()] = weights.reply();
    byType[InteractionType.MENTION.ordinal()] = weights.mention();
    byType[InteractionType.LIKE.ordinal()] = weights.like();
    return byType;
  }
}
