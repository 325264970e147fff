package org.mizan.reports.boundary;

import org.mizan.reports.entity.Audience;

import java.util.List;
import java.util.Set;

/**
 * The export's field names: CSV header cells and JSON keys alike. The fields added after the first nine follow them,
 * so that a spreadsheet built on the old columns keeps its places.
 */
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
    static final String END_DATE = "endDate";
    static final String DATE_NOTE = "dateNote";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String NARRATIVE = "narrative";
    static final String TAGS = "tags";
    static final String WITNESSES = "witnesses";
    static final String SOURCES = "sources";
    static final String PROCEEDINGS = "proceedings";
    static final String MEASURES = "measures";

    static final List<String> ALL = List.of(REFERENCE, VIOLATION_TYPES, INCIDENT_DATE, GOVERNORATE, LOCALITY, STATUS, VICTIMS,
            PERPETRATORS, EVIDENCE_ITEMS, END_DATE, DATE_NOTE, LATITUDE, LONGITUDE, NARRATIVE, TAGS, WITNESSES, SOURCES, PROCEEDINGS,
            MEASURES);
    /** No exact place in PUBLIC (a locality can lead to a family), and no witnesses: the public dossier has none either. */
    private static final Set<String> NOT_PUBLIC = Set.of(LOCALITY, LATITUDE, LONGITUDE, WITNESSES);

    private ExportFields() {
    }

    static List<String> of(Audience audience) {
        return audience == Audience.PUBLIC ? ALL.stream().filter(f -> !NOT_PUBLIC.contains(f)).toList() : ALL;
    }
}
