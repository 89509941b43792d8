package io.sway.cli.report;

import io.sway.loader.report.DayScore;
import io.sway.loader.report.ReportData;
import io.sway.loader.report.ScoreCard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The report's charts, built with JFreeChart and written as inline SVG by JFreeSVG. Each data
 * item is an SVG element group ({@code jfreesvg:ref}), see {@link MarkedRenderers}.
 */
final class ReportCharts {
  /** Colours of the chosen accounts, in order (Okabe and Ito's colour-blind-safe palette). */
  static final List<Color> ACCOUNT_COLOURS = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0x999999), new Color(0x000000),
      new Color(0x7F3C8D), new Color(0x11A579));

  /** Colours of the three parts: True Reach, Amplification, Network Influence. */
  static final List<Color> PART_COLOURS =
      List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F));

  static final List<String> PART_NAMES = List.of("True Reach", "Amplification", "Network Influence");

  static final int WIDTH = 960;
  static final int HALF_WIDTH = 470;
  private static final int HISTORY_HEIGHT = 340;
  private static final int DISTRIBUTION_HEIGHT = 300;
  private static final int BAR_CHART_MARGIN = 70;
  private static final int BAR_ROW_HEIGHT = 26;
  /** Scores are grouped in bins of this many points for the distribution. */
  static final int SCORE_BIN = 5;
  private static final double POINT_SIZE = 7;
  /** Share of a histogram bin left blank between bars. */
  private static final double BAR_GAP = 0.1;
  private static final int MAX_DAY_TICKS = 10;
  private static final String DAY_FORMAT = "yyyy-MM-dd";
  private static final long HALF_DAY_MILLIS = 12 * 60 * 60 * 1000L;
  /** Share of a bar chart's width its category labels may take. */
  private static final float LABEL_WIDTH_RATIO = 0.45f;
  private static final Color TRANSPARENT = new Color(255, 255, 255, 0);
  private static final Color GRID = new Color(0xDDDDDD);
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  static {
    SVGHints.addBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT);
    SVGHints.addEndGroupKey(ChartHints.KEY_END_ELEMENT);
  }

  private ReportCharts() {}

  static Color colour(int account) {
    return ACCOUNT_COLOURS.get(account % ACCOUNT_COLOURS.size());
  }

  /** The chosen accounts' scores over the report's period, one line each. */
  static String history(ReportData data) {
    TimeSeriesCollection dataset = new TimeSeriesCollection();
    for (ScoreCard account : data.accounts()) {
      TimeSeries series = new TimeSeries(label(account));
      for (DayScore day : data.history().get(account.id())) {
        series.addOrUpdate(day(day.day()), day.score());
      }
      dataset.addSeries(series);
    }
    dataset.setXPosition(TimePeriodAnchor.START);
    DateAxis time = new DateAxis("day");
    long days = ChronoUnit.DAYS.between(data.from(), data.to());
    time.setTickUnit(new DateTickUnit(DateTickUnitType.DAY,
        (int) Math.max(1, Math.ceilDiv(days, MAX_DAY_TICKS)), new SimpleDateFormat(DAY_FORMAT)));
    time.setRange(day(data.from()).getFirstMillisecond() - HALF_DAY_MILLIS,
        day(data.to()).getFirstMillisecond() + HALF_DAY_MILLIS);
    NumberAxis score = new NumberAxis("score");
    score.setAutoRangeIncludesZero(false);
    score.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    MarkedRenderers.Lines lines = new MarkedRenderers.Lines();
    for (int i = 0; i < data.accounts().size(); i++) {
      lines.setSeriesPaint(i, colour(i));
      lines.setSeriesStroke(i, new BasicStroke(2f));
      lines.setSeriesShape(i, new Ellipse2D.Double(-POINT_SIZE / 2, -POINT_SIZE / 2, POINT_SIZE, POINT_SIZE));
    }
    XYPlot plot = new XYPlot(dataset, time, score, lines);
    style(plot);
    return svg(new JFreeChart("Score history, " + data.from() + " to " + data.to(), TITLE_FONT, plot, true),
        "chart-history", WIDTH, HISTORY_HEIGHT);
  }

  private static Day day(LocalDate date) {
    return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** Each chosen account's score split into the points of its three parts. */
  static String breakdown(ReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ScoreCard a : data.accounts()) {
      dataset.addValue(a.reachPoints(), PART_NAMES.get(0), label(a));
      dataset.addValue(a.amplificationPoints(), PART_NAMES.get(1), label(a));
      dataset.addValue(a.influencePoints(), PART_NAMES.get(2), label(a));
    }
    MarkedRenderers.StackedBars bars = new MarkedRenderers.StackedBars();
    flat(bars);
    for (int part = 0; part < PART_COLOURS.size(); part++) {
      bars.setSeriesPaint(part, PART_COLOURS.get(part));
    }
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(), new NumberAxis("points"), bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    return svg(new JFreeChart("Score by part (points add up to the score)", TITLE_FONT, plot, true),
        "chart-breakdown", WIDTH, barChartHeight(data.accounts().size()) + 30);
  }

  /** How many accounts have each score, with the chosen accounts marked. */
  static String distribution(ReportData data) {
    XYSeries counts = new XYSeries("accounts", true, false);
    long[] scores = data.scoreCounts();
    for (int bin = 0; bin < scores.length; bin += SCORE_BIN) {
      long n = 0;
      for (int s = bin; s < Math.min(scores.length, bin + SCORE_BIN); s++) {
        n += scores[s];
      }
      counts.add(bin + SCORE_BIN / 2.0, n);
    }
    XYSeriesCollection dataset = new XYSeriesCollection(counts);
    dataset.setIntervalWidth(SCORE_BIN);
    MarkedRenderers.Bars bars = new MarkedRenderers.Bars(BAR_GAP);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0xB8C4D6));
    NumberAxis score = new NumberAxis("score (bins of " + SCORE_BIN + ")");
    score.setRange(0, scores.length);
    XYPlot plot = new XYPlot(dataset, score, new NumberAxis("accounts"), bars);
    style(plot);
    for (int i = 0; i < data.accounts().size(); i++) {
      ScoreCard a = data.accounts().get(i);
      if (a.score() == null) {
        continue;
      }
      ValueMarker marker = new ValueMarker(a.score() + 0.5, colour(i), new BasicStroke(2f));
      marker.setLabel(a.handle() + " " + a.score());
      marker.setLabelFont(MARKER_FONT);
      marker.setLabelPaint(colour(i));
      marker.setLabelBackgroundColor(TRANSPARENT);
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new RectangleInsets(4 + 14 * i, 4, 0, 0));
      plot.addDomainMarker(marker);
    }
    return svg(new JFreeChart("Distribution of all " + total(scores) + " scores", TITLE_FONT, plot, false),
        "chart-distribution", WIDTH, DISTRIBUTION_HEIGHT);
  }

  /** The top influencers, on the report's topic or overall. */
  static String influencers(ReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    String measure = data.topic() == null ? "score" : "topic score";
    for (ReportData.Influencer e : data.influencers()) {
      dataset.addValue(e.value(), measure, e.position() + ". " + e.handle() + " (" + e.network() + ")");
    }
    String title = data.topic() == null ? "Top influencers" : "Top influencers on " + data.topic();
    return horizontalBars(dataset, measure, new Color(0x4E79A7), title, "chart-influencers",
        WIDTH, data.influencers().size());
  }

  /** One account's top engagers, by the weight of their contribution to its score. */
  static String engagers(ScoreCard account, List<ReportData.Engager> engagers, int index) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ReportData.Engager e : engagers) {
      dataset.addValue(e.weight(), "weight", e.rank() + ". " + e.handle());
    }
    return horizontalBars(dataset, "weight", colour(index), "Top engagers of " + account.handle(),
        "chart-engagers-" + index, HALF_WIDTH, engagers.size());
  }

  private static String horizontalBars(DefaultCategoryDataset dataset, String measure, Color colour,
      String title, String id, int width, int rows) {
    BarRenderer bars = new BarRenderer();
    flat(bars);
    bars.setSeriesPaint(0, colour);
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(), new NumberAxis(measure), bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    return svg(new JFreeChart(title, TITLE_FONT, plot, false), id, width, barChartHeight(rows));
  }

  private static CategoryAxis categoryAxis() {
    CategoryAxis axis = new CategoryAxis();
    axis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
    return axis;
  }

  private static int barChartHeight(int rows) {
    return BAR_CHART_MARGIN + BAR_ROW_HEIGHT * Math.max(1, rows);
  }

  private static void flat(BarRenderer bars) {
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0);
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
  }

  private static String svg(JFreeChart chart, String id, int width, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setElementHinting(true);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement(id);
  }

  static String label(ScoreCard account) {
    return account.handle() + " (" + account.network() + ")";
  }

  private static long total(long[] counts) {
    long total = 0;
    for (long n : counts) {
      total += n;
    }
    return total;
  }

  /** The colour of each chosen account, by id, as CSS. */
  static Map<String, String> cssColours(List<ScoreCard> accounts) {
    Map<String, String> colours = new LinkedHashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      Color c = colour(i);
      colours.put(accounts.get(i).id(), String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()));
    }
    return colours;
  }
}
