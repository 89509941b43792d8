package io.sway.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sway.loader.report.ReportData;
import io.sway.loader.report.ScoreCard;
import io.sway.loader.report.ScoreRunInfo;
import io.sway.loader.report.TopicScore;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: styles and SVG charts inline, no script, no link
 * to anything outside the file, and a Content-Security-Policy that forbids the page to load
 * anything at all, so it opens offline and sends no request.
 */
public final class ReportPage {
  /** Allows the page's own inline styles and nothing else: no request can leave the page. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  /** Topics listed per account in the table. */
  private static final int TOPICS_SHOWN = 3;

  private static final String STYLE =
      """
      body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; margin: 0;
             background: #f4f5f7; }
      main { max-width: 1000px; margin: 0 auto; padding: 16px 20px 40px; background: #fff; }
      h1 { font-size: 24px; margin: 8px 0 4px; }
      h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
      p.lead { color: #555; margin: 0 0 8px; }
      table { border-collapse: collapse; font-size: 13px; width: 100%; }
      th, td { padding: 4px 8px; border-bottom: 1px solid #eee; text-align: left; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px;
                margin-right: 6px; }
      figure.chart { margin: 8px 0; }
      figure.chart svg { display: block; max-width: 100%; height: auto; }
      .pair { display: flex; flex-wrap: wrap; gap: 20px; }
      .note { color: #666; font-size: 13px; }
      pre { font-size: 12px; background: #f7f7f7; padding: 8px; overflow-x: auto; }
      footer { color: #888; font-size: 12px; margin-top: 32px; }
      """;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportPage() {}

  /** The page for {@code data}; {@code generatedAt} is printed in its footer. */
  public static String render(ReportData data, Instant generatedAt) {
    StringBuilder html = new StringBuilder(256 * 1024);
    ScoreRunInfo run = data.run();
    String handles = data.accounts().stream().map(ScoreCard::handle).collect(Collectors.joining(", "));
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Sway report: ").append(escape(handles)).append(", ").append(run.asOf())
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");

    html.append("<h1>Sway influence report</h1>\n<p class=\"lead\">Scores as of ")
        .append(run.asOf()).append(" (run ").append(escape(run.id())).append("); history from ")
        .append(data.from()).append(" to ").append(data.to()).append(".</p>\n");

    accountsTable(html, data);

    section(html, "history-section", "Score history");
    figure(html, "history", ReportCharts.history(data));
    if (data.history().values().stream().allMatch(days -> days.size() <= 1)) {
      html.append("<p class=\"note\">Only one day of history so far: each daily run of "
          + "<code>sway score</code> adds a point.</p>\n");
    }

    section(html, "breakdown-section", "Score breakdown");
    html.append("<p class=\"note\">Each part's points are its share of the score; they add up "
        + "to it.</p>\n");
    figure(html, "breakdown", ReportCharts.breakdown(data));

    section(html, "distribution-section", "Where they stand among all accounts");
    figure(html, "distribution", ReportCharts.distribution(data));

    section(html, "influencers-section",
        data.topic() == null ? "Top influencers" : "Top influencers on " + data.topic());
    if (data.influencers().isEmpty()) {
      html.append("<p class=\"note\">No account has evidence of influence on ")
          .append(escape(data.topic())).append(".</p>\n");
    } else {
      figure(html, "influencers", ReportCharts.influencers(data));
    }

    section(html, "engagers-section", "Top engagers");
    html.append("<p class=\"note\">The accounts whose engagement contributed most to each "
        + "score in the run's window.</p>\n<div class=\"pair\">\n");
    for (int i = 0; i < data.accounts().size(); i++) {
      ScoreCard account = data.accounts().get(i);
      List<ReportData.Engager> engagers = data.engagers().get(account.id());
      if (engagers.isEmpty()) {
        html.append("<p class=\"note\">").append(escape(account.handle()))
            .append(": no engager in the window.</p>\n");
      } else {
        figure(html, "engagers-" + i, ReportCharts.engagers(account, engagers, i));
      }
    }
    html.append("</div>\n");

    runSection(html, run);

    html.append("<footer>Generated by <code>sway report</code> on ")
        .append(generatedAt.truncatedTo(ChronoUnit.SECONDS))
        .append(". Charts drawn with JFreeChart, written as SVG by JFreeSVG.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void accountsTable(StringBuilder html, ReportData data) {
    section(html, "accounts-section", "Accounts");
    html.append("<table id=\"accounts\">\n<tr><th>account</th><th>network</th><th class=\"n\">score</th>"
        + "<th class=\"n\">rank</th><th class=\"n\">True Reach</th><th class=\"n\">Amplification</th>"
        + "<th class=\"n\">Network Influence</th><th class=\"n\">spam p</th><th>flags</th>"
        + "<th>topics</th></tr>\n");
    Map<String, String> colours = ReportCharts.cssColours(data.accounts());
    long total = data.run().accounts();
    for (ScoreCard a : data.accounts()) {
      html.append("<tr><td><span class=\"swatch\" style=\"background:").append(colours.get(a.id()))
          .append("\"></span>").append(escape(a.handle())).append("</td><td>")
          .append(escape(a.network())).append("</td>");
      if (!a.scored()) {
        html.append("<td colspan=\"8\">not scored</td></tr>\n");
        continue;
      }
      html.append(numberCell(String.valueOf(a.score())))
          .append(numberCell(a.rank() + " of " + total))
          .append(numberCell(String.format("%.1f (%.1f pts)", a.reach(), a.reachPoints())))
          .append(numberCell(String.format("%.3f (%.1f pts)", a.amplification(), a.amplificationPoints())))
          .append(numberCell(String.format("%.2f (%.1f pts)", a.influence(), a.influencePoints())))
          .append(numberCell(String.format("%.2f", a.spamProbability())))
          .append("<td>").append(a.spam() ? "spam " : "").append(a.inactive() ? "inactive" : "")
          .append("</td><td>")
          .append(escape(a.topTopics(TOPICS_SHOWN).stream().map(TopicScore::name)
              .collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void runSection(StringBuilder html, ScoreRunInfo run) {
    section(html, "run-section", "The run these scores come from");
    html.append("<table id=\"run\">\n");
    row(html, "run", run.id());
    row(html, "as of", run.asOf().toString());
    row(html, "window", time(run.windowFrom()) + " to " + time(run.windowTo()));
    row(html, "started, published", time(run.startedAt()) + ", " + time(run.publishedAt()));
    row(html, "accounts scored", String.valueOf(run.accounts()));
    row(html, "network influence", run.iterations() + " iterations, "
        + (run.converged() ? "converged" : "not converged"));
    html.append("</table>\n<details><summary>Model configuration of the run</summary><pre>")
        .append(escape(pretty(run.params()))).append("</pre></details>\n");
  }

  private static String time(ZonedDateTime time) {
    return time == null ? "?" : time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String pretty(String json) {
    try {
      return JSON.writeValueAsString(JSON.readTree(json));
    } catch (IOException e) {
      return json;
    }
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value))
        .append("</td></tr>\n");
  }

  private static String numberCell(String text) {
    return "<td class=\"n\">" + escape(text) + "</td>";
  }

  private static void section(StringBuilder html, String id, String title) {
    html.append("<h2 id=\"").append(id).append("\">").append(escape(title)).append("</h2>\n");
  }

  private static void figure(StringBuilder html, String id, String svg) {
    html.append("<figure class=\"chart\" id=\"").append(id).append("\">\n").append(svg)
        .append("\n</figure>\n");
  }

  /** {@code text} safe inside HTML text and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
