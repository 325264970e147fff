package org.mizan.reports.entity;

/** The kinds of report Mizan issues; each issued report is registered under its kind. */
public enum ReportKind {
    /** One case, for the chosen audience. */
    DOSSIER,
    /** Statistics, charts and the list of cases over a period and filters. */
    PERIODIC,
    /** A disappearance as the UN Working Group (WGEID) asks for it (docs/domain.md, WGEID). */
    WGEID
}
