package io.sway.engine.spam;

/** DRAFT */
public record SpamConfig(
    int rounds,
    double followWeight,
    double engagementWeight,
    double oneSidedShare,
    double cohortWindowHours) {

  public static SpamConfig defaults() {
    return new SpamConfig(0, 1.0, 1.0, 0.0, 6.0);
  }
}
