package io.sway.loader.evaluation;

/**
 * Which engagements to leave out of a scorer's data, for counterfactual scores: an interaction
 * of {@code actor} with {@code target}'s content (or with {@code target} directly) on a UTC day.
 */
@FunctionalInterface
public interface EngagementFilter {
  /** Whether the engagement {@code actor -> target} on {@code day} (an epoch day) is removed. */
  boolean removes(int actor, int target, int day);
}
