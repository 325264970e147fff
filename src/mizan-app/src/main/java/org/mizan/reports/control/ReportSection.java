package org.mizan.reports.control;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

import java.util.List;

/**
 * A heading and its items: one detail row of a report whose sections are printed by {@code reports/section.jrxml}.
 * {@link #getItems()} hands the subreport a fresh data source, so the template's expressions stay plain field
 * references (evaluated directly, with no Java compiler at run time).
 */
public final class ReportSection {

    private final String heading;
    private final List<ReportItem> items;
    private final String empty;

    /** {@code empty}: what to print under the heading when there are no items ("none recorded"). */
    public ReportSection(String heading, List<ReportItem> items, String empty) {
        this.heading = heading;
        this.items = List.copyOf(items);
        this.empty = empty;
    }

    public String getHeading() { return heading; }
    public JRDataSource getItems() { return new JRBeanCollectionDataSource(items); }
    public String getEmpty() { return items.isEmpty() ? empty : null; }
    public List<ReportItem> items() { return items; }
}
