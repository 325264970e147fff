package org.mizan.reports.boundary;

import java.util.List;

/** The export's field names: CSV header cells and JSON keys alike. */
final class ExportFields {

    static final String REFERENCE = "reference";
    static final String VIOLATION_TYPES = "violationTypes";
    static final String INCIDENT_DATE = "incidentDate";
    static final String GOVERNORATE = "governorate";
    static final String LOCALITY = "locality";
    static final String STATUS = "status";
    static final String VICTIMS = "victims";
    static final String PERPETRATORS = "perpetrators";
    static final String EVIDENCE_ITEMS = "evidenceItems";

    static final List<String> ALL = List.of(REFERENCE, VIOLATION_TYPES, INCIDENT_DATE, GOVERNORATE, LOCALITY, STATUS, VICTIMS,
            PERPETRATORS, EVIDENCE_ITEMS);
    /** No exact place in PUBLIC: a locality can lead to a family. */
    static final List<String> PUBLIC = ALL.stream().filter(f -> !f.equals(LOCALITY)).toList();

    private ExportFields() {
    }
}
