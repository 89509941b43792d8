package io.sway.loader.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One account as the latest scoring run left it: the score (1–99; {@code null} when the account
 * was never scored), its rank among all scored accounts, the three parts and their points, the
 * spam verdict, and its topics, strongest first.
 */
public record ScoreCard(
    String id, String handle, String network, String displayName, Integer score, Integer rank,
    LocalDate day, String run, double reach, double amplification, double influence,
    double reachPoints, double amplificationPoints, double influencePoints,
    double spamProbability, boolean spam, boolean inactive, String spamReason,
    List<TopicScore> topics) {

  public ScoreCard {
    topics = List.copyOf(topics);
  }

  public boolean scored() {
    return score != null;
  }

  /** The {@code n} strongest topics. */
  public List<TopicScore> topTopics(int n) {
    return topics.subList(0, Math.min(n, topics.size()));
  }
}
