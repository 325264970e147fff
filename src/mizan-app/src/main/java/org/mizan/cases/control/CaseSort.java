package org.mizan.cases.control;

/** The orders a case list may take; each maps to an indexed column. */
public enum CaseSort {
    REFERENCE("c.reference"), INCIDENT("c.period_start"), GOVERNORATE("c.governorate_code"), STATUS("c.status"),
    UPDATED("c.updated_at"), RELEVANCE("score");

    final String column;

    CaseSort(String column) {
        this.column = column;
    }
}
