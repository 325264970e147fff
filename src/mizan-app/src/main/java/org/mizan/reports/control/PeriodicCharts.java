package org.mizan.reports.control;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The periodic report's bar charts, drawn by JFreeChart with Java2D into images in the report's own font (DejaVu Sans,
 * "Mizan Sans"), so that Arabic and Sorani labels are shaped and ordered by Java2D — as JasperReports' glyph renderer
 * shapes the text around them — and the PDF needs no second font. Right-to-left editions mirror the charts: bars
 * grow leftwards from a category axis on the right, and time runs from right to left.
 */
final class PeriodicCharts {

    /** The size of a chart on the page, in points: the template's image element. */
    static final int WIDTH = 535;
    static final int HEIGHT = 230;
    /** Pixels per point: sharp on paper and on screen at 200 %, and still small. */
    static final int SCALE = 2;
    static final Color BARS = new Color(0x18, 0x40, 0x6b);
    /** The share of the value axis left beyond the longest bar, for the value printed at its end. */
    private static final double VALUE_ROOM = 0.12;
    /** Ticks every 20 %: the last one is 100 on an axis that runs a little further (see {@link #percentBars}). */
    private static final double PERCENT_TICK = 20;
    /** More categories than this turn a vertical chart's labels upright. */
    private static final int UPRIGHT_LABELS_FROM = 12;

    private static final Font REGULAR = font("reports/fonts/DejaVuSans.ttf");
    private static final Font BOLD = font("reports/fonts/DejaVuSans-Bold.ttf");

    /** One bar: what it counts and how many. */
    record Bar(String label, long value) {
    }

    private PeriodicCharts() {
    }

    /**
     * A bar chart of {@code bars}, in the given order (mirrored for right-to-left). Horizontal bars suit long labels
     * (governorates, violation types); vertical bars suit time (months).
     */
    static BufferedImage bars(String title, String valueLabel, List<Bar> bars, boolean horizontal, boolean rtl, String noData) {
        return draw(chart(title, valueLabel, bars, horizontal, rtl, noData));
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Horizontal bars of per cent values, on a scale from 0 to 100 whatever the values. The axis runs on past 100, without
     * a tick there, so that the value of a full bar has room beyond its end like any other.
     */
    static BufferedImage percentBars(String title, String valueLabel, List<Bar> bars, boolean rtl, String noData) {
        JFreeChart chart = chart(title, valueLabel, bars, true, rtl, noData);
        NumberAxis percent = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        percent.setRange(0, 100 * (1 + VALUE_ROOM));
        percent.setTickUnit(new NumberTickUnit(PERCENT_TICK));
        return draw(chart);
    }

    static JFreeChart chart(String title, String valueLabel, List<Bar> bars, boolean horizontal, boolean rtl, String noData) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Bar> ordered = new ArrayList<>(bars);
        if (rtl && !horizontal) {
            java.util.Collections.reverse(ordered);
        }
        // Horizontal bars list the first category at the top, as a table would.
        for (Bar bar : ordered) {
            data.addValue(bar.value(), valueLabel, bar.label());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(REGULAR.deriveFont(8f));
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.35f : 1.5f);
        categories.setCategoryMargin(0.25);
        if (!horizontal && bars.size() > UPRIGHT_LABELS_FROM) {
            categories.setCategoryLabelPositions(rtl ? CategoryLabelPositions.DOWN_45 : CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(valueLabel);
        values.setLabelFont(REGULAR.deriveFont(8f));
        values.setTickLabelFont(REGULAR.deriveFont(8f));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setUpperMargin(VALUE_ROOM);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BARS);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelFont(REGULAR.deriveFont(7.5f));
        renderer.setDefaultItemLabelsVisible(true);
        if (horizontal) {
            // JFreeChart's default position (above the middle of the bar) is made for vertical bars; a horizontal bar's
            // value belongs just beyond its end, which is its left side when the bars grow leftwards.
            renderer.setDefaultPositiveItemLabelPosition(rtl ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(REGULAR.deriveFont(9f));
        if (rtl) {
            if (horizontal) {
                plot.setDomainAxisLocation(AxisLocation.TOP_OR_RIGHT);
                values.setInverted(true);
            } else {
                plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            }
        }
        JFreeChart chart = new JFreeChart(null, REGULAR, plot, false);
        chart.setTitle(new TextTitle(title, BOLD.deriveFont(10f)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static Font font(String resource) {
        try (InputStream in = PeriodicCharts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no font " + resource + " on the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " unreadable", e);
        }
    }
}
