package io.sway.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the median time of every phase and contender measured at two or more sizes against the
 * size, both axes logarithmic, so that linear scaling shows as parallel straight lines of slope 1.
 */
final class ScalingPlot {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;

  private ScalingPlot() {}

  /** The series that have at least two sizes, keyed {@code "phase / contender"}. */
  static Map<String, List<Phase>> series(List<Phase> phases) {
    Map<String, List<Phase>> series = new LinkedHashMap<>();
    for (Phase p : phases) {
      series.computeIfAbsent(p.phase() + " / " + p.contender(), k -> new java.util.ArrayList<>())
          .add(p);
    }
    series.values().removeIf(list -> list.stream().map(Phase::size).distinct().count() < 2);
    return series;
  }

  /** The plot as an SVG document, or {@code null} when no series has two sizes. */
  static String svg(List<Phase> phases) {
    Map<String, List<Phase>> series = series(phases);
    if (series.isEmpty()) {
      return null;
    }
    XYSeriesCollection data = new XYSeriesCollection();
    String unit = "size";
    for (Map.Entry<String, List<Phase>> entry : series.entrySet()) {
      XYSeries line = new XYSeries(entry.getKey());
      for (Phase p : entry.getValue()) {
        line.add(p.size(), p.median());
        unit = p.unit();
      }
      data.addSeries(line);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Median time by input size", unit, "seconds", data, PlotOrientation.VERTICAL,
        true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    LogAxis x = new LogAxis(unit + " (log scale)");
    x.setSmallestValue(1);
    LogAxis y = new LogAxis("median seconds (log scale)");
    y.setSmallestValue(1e-6);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesStroke(s, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    return g2.getSVGDocument();
  }
}
