package io.sway.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.report.DayScore;
import io.sway.loader.report.ReportData;
import io.sway.loader.report.ScoreCard;
import io.sway.loader.report.ScoreRunInfo;
import io.sway.loader.report.TopicScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page written for a small hand-made report, without a database or a browser. */
class ReportPageTest {
  private static final LocalDate DAY = LocalDate.parse("2026-06-30");

  @Test
  void aSingleDayOfHistoryIsStillDrawnAsOnePointPerAccount() {
    String html = ReportPage.render(data(List.of(DAY)), Instant.EPOCH);
    assertEquals(2, marks(html, "history"));
    assertTrue(html.contains("Only one day of history so far"));
  }

  @Test
  void everyChartHasItsDataItems() {
    String html = ReportPage.render(data(List.of(DAY.minusDays(2), DAY.minusDays(1), DAY)), Instant.EPOCH);
    assertEquals(6, marks(html, "history"));
    assertEquals(6, marks(html, "breakdown"));
    assertEquals(3, marks(html, "distribution"), "three non-empty bins");
    assertEquals(2, marks(html, "influencers"));
    assertEquals(2, marks(html, "engagers-0"));
    assertEquals(1, marks(html, "engagers-1"));
    assertFalse(html.contains("Only one day of history"));
  }

  @Test
  void thePageLoadsNothingAndEscapesWhatItQuotes() {
    String html = ReportPage.render(data(List.of(DAY)), Instant.EPOCH);
    assertTrue(html.contains("content=\"" + ReportPage.CONTENT_SECURITY_POLICY + "\""));
    assertFalse(Pattern.compile("(?i)(src|href)\\s*=|<script|<link|url\\(\\s*['\"]?http").matcher(html).find());
    assertTrue(html.contains("@b&lt;i&gt;"), "a handle is text, never markup");
    assertFalse(html.contains("@b<i>"));
  }

  private static long marks(String html, String figure) {
    int start = html.indexOf("<figure class=\"chart\" id=\"" + figure + "\">");
    assertTrue(start >= 0, figure);
    String svg = html.substring(start, html.indexOf("</figure>", start));
    return Pattern.compile("<g jfreesvg:ref='\\{[^']*'>\\s*(<g[^>]*>\\s*)*<(path|rect|line)")
        .matcher(svg).results().count();
  }

  private static ReportData data(List<LocalDate> days) {
    ScoreCard a = card("a1", "@ada", 62, 1, List.of(new TopicScore("cars", 55, 4)));
    ScoreCard b = card("b1", "@b<i>", 41, 2, List.of());
    Map<String, List<DayScore>> history = new LinkedHashMap<>();
    history.put(a.id(), days.stream().map(d -> new DayScore(d, 60 + d.getDayOfMonth() % 3, 1, 0.1, 1)).toList());
    history.put(b.id(), days.stream().map(d -> new DayScore(d, 40, 1, 0.1, 1)).toList());
    long[] counts = new long[100];
    counts[3] = 10;
    counts[41] = 1;
    counts[62] = 1;
    ZonedDateTime time = DAY.atStartOfDay(ZoneOffset.UTC);
    ScoreRunInfo run = new ScoreRunInfo("2026-06-30-abc", DAY, time.minusDays(90), time, time, time,
        12, 20, true, "{\"score\":{\"midpoint\":100}}");
    return new ReportData(run, DAY.minusDays(30), DAY, List.of(a, b), history, counts, "cars",
        List.of(new ReportData.Influencer(1, "@ada", "twitter", 62, 55),
            new ReportData.Influencer(2, "@cy", "bluesky", 30, 20)),
        Map.of(a.id(), List.of(new ReportData.Engager(1, "@cy", "bluesky", 2.5),
                new ReportData.Engager(2, "@b<i>", "twitter", 1.0)),
            b.id(), List.of(new ReportData.Engager(1, "@ada", "twitter", 0.7))));
  }

  private static ScoreCard card(String id, String handle, int score, int rank, List<TopicScore> topics) {
    return new ScoreCard(id, handle, "twitter", null, score, rank, DAY, "2026-06-30-abc", 10, 0.2, 5,
        score * 0.5, score * 0.1, score * 0.4, 0.01, false, false, "", topics);
  }
}
