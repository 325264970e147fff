package org.mizan.reports.control;

/**
 * One case in the list of a periodic report ({@code reports/periodic.jrxml}), worded and redacted: the victims as the
 * audience may see them (names, or initials and age group). A JavaBean because JasperReports reads fields by getter.
 */
public final class PeriodicRow {

    private final String reference;
    private final String date;
    private final String governorate;
    private final String types;
    private final String victims;
    private final String stage;

    public PeriodicRow(String reference, String date, String governorate, String types, String victims, String stage) {
        this.reference = reference;
        this.date = date;
        this.governorate = governorate;
        this.types = types;
        this.victims = victims;
        this.stage = stage;
    }

    public String getReference() { return reference; }
    public String getDate() { return date; }
    public String getGovernorate() { return governorate; }
    public String getTypes() { return types; }
    public String getVictims() { return victims; }
    public String getStage() { return stage; }

    @Override
    public String toString() {
        return String.join(" | ", reference, date, governorate, types, victims, stage);
    }
}
