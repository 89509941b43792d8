package io.sway.loader.report;

import io.sway.loader.neo4j.SwayDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts side by side (R7): each one's current card, its rank among all scored accounts, its
 * score at the start of the period and the change since, and the topics they all share.
 *
 * <p>The period is the {@code days} days up to the latest run's day. The score "then" is the one
 * of the first day of history inside the period, so an account scored for fewer days than the
 * period is compared with its oldest score; with no earlier day than today there is no change
 * to report ({@code null}), rather than a made-up zero.
 */
public final class Comparison {
  /** One compared account. */
  public record Entry(
      ScoreCard card, LocalDate since, Integer scoreThen, Integer change, List<DayScore> history) {}

  /** The comparison: entries in the order asked, the period, and the shared topics. */
  public record Result(
      List<Entry> entries, int days, LocalDate to, long scoredAccounts, List<String> commonTopics) {}

  private final SwayDatabase database;

  public Comparison(SwayDatabase database) {
    this.database = database;
  }

  /** Compares {@code cards} (from {@link ScoreCards}) over the last {@code days} days. */
  public Result of(List<ScoreCard> cards, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    LocalDate to = cards.stream().map(ScoreCard::day).filter(d -> d != null)
        .max(LocalDate::compareTo).orElse(null);
    List<Entry> entries = new ArrayList<>();
    if (to == null) {
      cards.forEach(c -> entries.add(new Entry(c, null, null, null, List.of())));
      return new Result(entries, days, null, 0, commonTopicsOf(cards));
    }
    Map<String, List<DayScore>> history = new ScoreHistory(database)
        .between(cards.stream().map(ScoreCard::id).toList(), to.minusDays(days), to);
    for (ScoreCard card : cards) {
      List<DayScore> kept = history.get(card.id());
      Change change = Change.of(kept, card.day(), card.score());
      entries.add(new Entry(card, change.since(), change.scoreThen(), change.change(), kept));
    }
    return new Result(entries, days, to, new ScoreCards(database).scoredAccounts(),
        commonTopicsOf(cards));
  }

  /**
   * A score's change over a period: since the first day of {@code history} (null without
   * history), the score then and the change, both null unless that day is before {@code latest}.
   */
  public record Change(LocalDate since, Integer scoreThen, Integer change) {
    /** The change from the oldest of {@code history} to {@code scoreNow}, scored on {@code latest}. */
    public static Change of(List<DayScore> history, LocalDate latest, Integer scoreNow) {
      DayScore first = history.isEmpty() ? null : history.getFirst();
      boolean earlier = first != null && latest != null && first.day().isBefore(latest);
      return new Change(first == null ? null : first.day(), earlier ? first.score() : null,
          earlier && scoreNow != null ? scoreNow - first.score() : null);
    }
  }

  private static List<String> commonTopicsOf(List<ScoreCard> cards) {
    return commonTopics(cards.stream().map(ScoreCard::topics).toList());
  }

  /** The topics found in every one of {@code topicLists}, by name, sorted. */
  public static List<String> commonTopics(List<List<TopicScore>> topicLists) {
    if (topicLists.isEmpty()) {
      return List.of();
    }
    Set<String> common = new LinkedHashSet<>();
    topicLists.getFirst().forEach(t -> common.add(t.name()));
    for (List<TopicScore> topics : topicLists) {
      common.retainAll(topics.stream().map(TopicScore::name).toList());
    }
    return common.stream().sorted().toList();
  }
}
