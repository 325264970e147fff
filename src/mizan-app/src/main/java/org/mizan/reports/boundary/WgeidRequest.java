package org.mizan.reports.boundary;

/**
 * The body of {@code POST /api/cases/{reference}/wgeid}: the language of the document and the submitter (item
 * (f) of the Working Group's list). {@code toString} leaves the submitter out, so the body never reaches a log.
 */
public record WgeidRequest(String lang, String organisation, String submitterName, String submitterContact, Boolean confidential) {

    @Override
    public String toString() {
        return "WgeidRequest[lang=" + lang + ", confidential=" + confidential + "]";
    }
}
