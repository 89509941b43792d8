package io.sway.loader.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the HTML report shows, read in one go: the run the scores come from, the chosen
 * accounts' cards and their history over {@code [from, to]}, how many accounts have each score
 * (index 0–99), the top influencers (on {@code topic}, or overall when it is null), and each
 * chosen account's top engagers (keyed by account id).
 */
public record ReportData(
    ScoreRunInfo run, LocalDate from, LocalDate to, List<ScoreCard> accounts,
    Map<String, List<DayScore>> history, long[] scoreCounts, String topic,
    List<Influencer> influencers, Map<String, List<Engager>> engagers) {

  /** A top influencer: {@code value} is the topic score when ranked on a topic, else the score. */
  public record Influencer(int position, String handle, String network, int score, double value) {}

  /** One of an account's top engagers, by the weight of its contribution. */
  public record Engager(int rank, String handle, String network, double weight) {}
}
