package org.mizan.imports.entity;

/**
 * What a spreadsheet column may hold. One row is one case with at most one victim and one alleged perpetrator,
 * as the groups' spreadsheets keep them; {@link #VICTIM_NAME} takes either script and goes where its letters say.
 */
public enum ImportField {
    VICTIM_NAME,
    VICTIM_NAME_AR,
    VICTIM_NAME_LATIN,
    VICTIM_GENDER,
    VICTIM_AGE,
    VICTIM_BIRTH_YEAR,
    VICTIM_OCCUPATION,
    VICTIM_FATE,
    VICTIM_DIED_ON,
    VICTIM_COMMUNITY,
    INCIDENT_DATE,
    END_DATE,
    DATE_NOTE,
    GOVERNORATE,
    LOCALITY,
    VIOLATION_TYPE,
    NARRATIVE,
    PERPETRATOR,
    PERPETRATOR_KIND,
    PERPETRATOR_CERTAINTY,
    LEGAL_STATUS,
    SOURCE,
    TAGS
}
