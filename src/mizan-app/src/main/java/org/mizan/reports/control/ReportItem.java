package org.mizan.reports.control;

/**
 * One entry of a report section ({@code reports/section.jrxml}): a title and up to two lines under it, any of
 * them null. A JavaBean because JasperReports reads fields through getters.
 */
public final class ReportItem {

    private final String title;
    private final String detail;
    private final String note;

    public ReportItem(String title, String detail, String note) {
        this.title = title;
        this.detail = detail;
        this.note = note;
    }

    public String getTitle() { return title; }
    public String getDetail() { return detail; }
    public String getNote() { return note; }

    @Override
    public String toString() {
        return title + " | " + detail + " | " + note;
    }
}
