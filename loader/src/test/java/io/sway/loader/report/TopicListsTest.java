package io.sway.loader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicListsTest {
  private static TopicScore topic(String name, double score) {
    return new TopicScore(name, score, 3);
  }

  @Test
  void commonTopicsAreThoseEveryListHasSortedByName() {
    List<String> common = Comparison.commonTopics(List.of(
        List.of(topic("travel", 40), topic("cars", 30), topic("food", 10)),
        List.of(topic("food", 50), topic("cars", 20)),
        List.of(topic("cars", 5), topic("food", 5), topic("music", 60))));
    assertEquals(List.of("cars", "food"), common);
  }

  @Test
  void noListsOrNoOverlapShareNothing() {
    assertEquals(List.of(), Comparison.commonTopics(List.of()));
    assertEquals(List.of(), Comparison.commonTopics(List.of(
        List.of(topic("cars", 1)), List.of(topic("food", 1)))));
  }

  @Test
  void aPersonsTopicKeepsItsStrongestAccountsStanding() {
    ScoreCard twitter = card("t", List.of(topic("cars", 30), topic("food", 45)));
    ScoreCard bluesky = card("b", List.of(topic("cars", 55)));
    assertEquals(List.of(topic("cars", 55), topic("food", 45)),
        PersonCards.topicsOf(List.of(twitter, bluesky)));
  }

  private static ScoreCard card(String id, List<TopicScore> topics) {
    return new ScoreCard(id, "@" + id, "twitter", null, 40, 1, null, null, 0, 0, 0, 0, 0, 0, 0,
        false, false, "", topics);
  }
}
