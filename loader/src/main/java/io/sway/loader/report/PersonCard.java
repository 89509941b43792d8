package io.sway.loader.report;

import java.util.List;

/**
 * A person (R3) as the latest run left it: the combined score ({@code null} when never scored),
 * its rank among the scored persons, its accounts' cards, and the topics of its accounts (each
 * topic with its strongest account's standing).
 */
public record PersonCard(
    String id, Integer score, Integer rank, long scoredPersons, List<ScoreCard> accounts,
    List<TopicScore> topics) {

  public PersonCard {
    accounts = List.copyOf(accounts);
    topics = List.copyOf(topics);
  }
}
