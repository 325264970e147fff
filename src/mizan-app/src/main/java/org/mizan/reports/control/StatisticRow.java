package org.mizan.reports.control;

/** One row of a statistics table ({@code reports/periodic-figures.jrxml}): what is counted, how many, the share. */
public final class StatisticRow {

    private final String label;
    private final String count;
    private final String share;

    public StatisticRow(String label, String count, String share) {
        this.label = label;
        this.count = count;
        this.share = share;
    }

    public String getLabel() { return label; }
    public String getCount() { return count; }
    public String getShare() { return share; }

    @Override
    public String toString() {
        return label + " | " + count + " | " + share;
    }
}
