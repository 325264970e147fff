package org.mizan.reports.control;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

import java.awt.Image;
import java.util.List;

/**
 * One block of a periodic report's statistics ({@code reports/periodic-statistics.jrxml}): a heading, a note on how
 * to read it, a chart drawn beforehand, and the table of the figures with its column headings. A JavaBean; {@link
 * #getRows()} hands the table a fresh data source, so that the template's expressions stay plain references.
 */
public final class StatisticSection {

    private final String heading;
    private final String note;
    private final Image chart;
    private final String labelHeading;
    private final String countHeading;
    private final String shareHeading;
    private final List<StatisticRow> rows;

    public StatisticSection(String heading, String note, Image chart, String labelHeading, String countHeading, String shareHeading,
                            List<StatisticRow> rows) {
        this.heading = heading;
        this.note = note;
        this.chart = chart;
        this.labelHeading = labelHeading;
        this.countHeading = countHeading;
        this.shareHeading = shareHeading;
        this.rows = List.copyOf(rows);
    }

    public String getHeading() { return heading; }
    public String getNote() { return note; }
    public Image getChart() { return chart; }
    public String getLabelHeading() { return labelHeading; }
    public String getCountHeading() { return countHeading; }
    public String getShareHeading() { return shareHeading; }
    public JRDataSource getRows() { return new JRBeanCollectionDataSource(rows); }
    public List<StatisticRow> rows() { return rows; }
}
