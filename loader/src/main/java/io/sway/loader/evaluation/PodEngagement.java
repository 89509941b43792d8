package io.sway.loader.evaluation;

/**
 * The coordinated engagement of engagement pods: an interaction between two members of the same
 * pod on or after the day the pod formed. Removing it from a log leaves each member's organic
 * estimate: what it would have without the pod. Engagement between the same accounts before the
 * pod formed is organic and stays.
 */
final class PodEngagement implements EngagementFilter {
  private final GroundTruth truth;

  PodEngagement(GroundTruth truth) {
    this.truth = truth;
  }

  @Override
  public boolean removes(int actor, int target, int day) {
    int pod = truth.podOf(actor);
    return pod != GroundTruth.NO_POD
        && truth.podOf(target) == pod
        && day >= truth.pods().get(pod).sinceDay();
  }
}
