package org.mizan.reports.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.io.OutputStream;
import java.util.List;

/**
 * Export rows as one JSON document, written as it goes: {@code {"audience": "PUBLIC", "cases": [...],
 * "count": n}}. Values are raw (no spreadsheet neutralisation: this is data for programs); a field the
 * audience may not see is absent, never present and empty, so a missing key means "withheld or unknown".
 */
final class JsonCases implements CaseFile {

    private final JsonGenerator json;
    private long count;

    JsonCases(OutputStream out, Audience audience) {
        json = Json.createGenerator(out);
        json.writeStartObject().write("audience", audience.name()).writeStartArray("cases");
    }

    @Override
    public void row(CaseExport.Row row) {
        RedactedCase c = row.redacted();
        json.writeStartObject().write(ExportFields.REFERENCE, c.reference());
        json.writeStartArray(ExportFields.VIOLATION_TYPES);
        c.violationTypes().forEach(json::write);
        json.writeEnd().write(ExportFields.INCIDENT_DATE, c.incidentDate().toString());
        optional(ExportFields.GOVERNORATE, c.governorate());
        optional(ExportFields.LOCALITY, c.locality());
        json.write(ExportFields.STATUS, c.status().name());
        parties(ExportFields.VICTIMS, c.victims());
        parties(ExportFields.PERPETRATORS, c.perpetrators());
        json.write(ExportFields.EVIDENCE_ITEMS, row.evidenceItems()).writeEnd();
        count++;
    }

    private void parties(String name, List<RedactedParty> parties) {
        json.writeStartArray(name);
        for (RedactedParty p : parties) {
            json.writeStartObject().write("appearance", p.appearance().name());
            optional("nameArabic", p.nameArabic());
            optional("nameLatin", p.nameLatin());
            optional("initialsArabic", p.initialsArabic());
            optional("initialsLatin", p.initialsLatin());
            if (p.age() != null) {
                json.write("age", p.age());
            }
            json.write("ageGroup", p.ageGroup().label());
            optional("fate", p.fate() == null ? null : p.fate().name());
            optional("perpetratorKind", p.perpetratorKind() == null ? null : p.perpetratorKind().name());
            optional("involvement", p.involvement() == null ? null : p.involvement().name());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void optional(String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /** Closes the document; the generator flushes it but leaves the response stream to the container. */
    @Override
    public void finish() {
        json.writeEnd().write("count", count).writeEnd();
        json.flush();
    }
}
