package io.sway.loader.evaluation;

import java.time.LocalDate;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;

/**
 * Points gained by joining an engagement pod: for each member of a pod formed by the day
 * evaluated, its score minus its organic estimate, the score the same scorer gives it on the same
 * day from the same log without the pod's coordinated engagement ({@link PodEngagement}).
 */
public final class PodGain {
  private PodGain() {}

  /**
   * @param pods pods formed on or before the day evaluated
   * @param podsFormedLater pods left out because they formed after that day
   * @param members members of the pods evaluated
   * @param engagementsRemoved coordinated engagements removed from the window of that day
   * @param gain {@code score − organic estimate}, over the members
   */
  public record Result(
      int pods, int podsFormedLater, int members, long engagementsRemoved, Summary gain) {}

  static Result evaluate(
      LocalDate asOf,
      int windowDays,
      ActivityLog log,
      GroundTruth truth,
      DailyScorer scorer) {
    int day = Math.toIntExact(asOf.toEpochDay());
    int pods = 0;
    int later = 0;
    for (GroundTruth.Pod pod : truth.pods()) {
      if (pod.sinceDay() > day) {
        later++;
      } else {
        pods++;
      }
    }
    if (pods == 0) {
      return new Result(0, later, 0, 0, Summary.of(new double[0]));
    }
    PodEngagement coordinated = new PodEngagement(truth);
    long removed = 0;
    for (int e = log.firstEngagementOn(day - windowDays), end = log.firstEngagementOn(day + 1);
        e < end;
        e++) {
      if (coordinated.removes(log.engagementActor(e), log.engagementTarget(e),
          log.engagementDay(e))) {
        removed++;
      }
    }
    DayScores actual = scorer.scoresOn(asOf);
    DayScores organic = scorer.withoutEngagements(coordinated).scoresOn(asOf);
    DoubleArrayList gains = new DoubleArrayList();
    for (GroundTruth.Pod pod : truth.pods()) {
      if (pod.sinceDay() <= day) {
        for (int member : pod.members()) {
          gains.add(actual.score(member) - organic.score(member));
        }
      }
    }
    return new Result(pods, later, gains.size(), removed, Summary.of(gains.toArray()));
  }
}
