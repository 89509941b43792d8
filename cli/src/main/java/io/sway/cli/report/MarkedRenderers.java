package io.sway.cli.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * JFreeChart renderers that wrap each data item in an element group, as JFreeChart's bar
 * renderers already do: in the SVG every data point becomes a {@code <g jfreesvg:ref='{item
 * key}'>} holding its mark, so a reader (and the report's test) can find the data in a chart.
 * They draw nothing themselves.
 */
final class MarkedRenderers {
  /** StackedBarRenderer draws shadows in pass 0, bars in pass 1 and labels in pass 2. */
  private static final int BAR_PASS = 1;

  private MarkedRenderers() {}

  /** Lines with a shape on each data point; each point's shape is one element group. */
  static final class Lines extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    Lines() {
      super(true, true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
        PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
        XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
      boolean point = isItemPass(pass);
      if (point) {
        beginElementGroup(g2, dataset.getSeriesKey(series), item);
      }
      super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series,
          item, crosshairState, pass);
      if (point) {
        endElementGroup(g2);
      }
    }
  }

  /** Stacked bars; each bar segment is one element group. */
  static final class StackedBars extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      boolean bar = pass == BAR_PASS;
      if (bar) {
        beginElementGroup(g2, dataset.getRowKey(row), dataset.getColumnKey(column));
      }
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (bar) {
        endElementGroup(g2);
      }
    }
  }

  /**
   * XY bars with one element group per bar: {@link XYBarRenderer} groups its bars when the
   * renderer state asks for it, which (unlike the category renderers' state) the XY plot never
   * sets.
   */
  static final class Bars extends XYBarRenderer {
    private static final long serialVersionUID = 1L;

    Bars(double margin) {
      super(margin);
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot,
        XYDataset dataset, PlotRenderingInfo info) {
      XYItemRendererState state = super.initialise(g2, dataArea, plot, dataset, info);
      state.setElementHinting(true);
      return state;
    }
  }
}
