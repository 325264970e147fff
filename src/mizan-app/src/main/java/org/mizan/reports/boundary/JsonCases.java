package org.mizan.reports.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.legal.entity.Stage;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.reports.entity.RedactedMeasure;
import org.mizan.reports.entity.RedactedProceeding;
import org.mizan.reports.entity.RedactedSource;

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
        optional(ExportFields.END_DATE, c.endDate() == null ? null : c.endDate().toString());
        optional(ExportFields.DATE_NOTE, c.dateNote());
        optional(ExportFields.GOVERNORATE, c.governorate());
        optional(ExportFields.LOCALITY, c.locality());
        if (c.latitude() != null && c.longitude() != null) {
            json.write(ExportFields.LATITUDE, c.latitude()).write(ExportFields.LONGITUDE, c.longitude());
        }
        json.write(ExportFields.STATUS, c.status().name());
        optional(ExportFields.NARRATIVE, c.narrative());
        if (!c.tags().isEmpty()) {
            json.writeStartArray(ExportFields.TAGS);
            c.tags().forEach(json::write);
            json.writeEnd();
        }
        parties(ExportFields.VICTIMS, c.victims());
        parties(ExportFields.PERPETRATORS, c.perpetrators());
        if (c.audience() != Audience.PUBLIC) {
            parties(ExportFields.WITNESSES, c.witnesses());
        }
        sources(c.sources());
        proceedings(row.proceedings());
        measures(row.measures());
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
            optional("diedOn", p.diedOn() == null ? null : p.diedOn().toString());
            optional("community", p.community() == null ? null : p.community().name());
            if (!p.occupations().isEmpty()) {
                json.writeStartArray("occupations");
                p.occupations().forEach(occupation -> json.write(occupation.name()));
                json.writeEnd();
            }
            optional("fate", p.fate() == null ? null : p.fate().name());
            optional("perpetratorKind", p.perpetratorKind() == null ? null : p.perpetratorKind().name());
            optional("involvement", p.involvement() == null ? null : p.involvement().name());
            optional("certainty", p.certainty() == null ? null : p.certainty().name());
            optional("notes", p.notes());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void sources(List<RedactedSource> sources) {
        json.writeStartArray(ExportFields.SOURCES);
        for (RedactedSource s : sources) {
            json.writeStartObject().write("reliability", s.reliability());
            optional("description", s.description());
            optional("url", s.url());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void proceedings(List<RedactedProceeding> proceedings) {
        json.writeStartArray(ExportFields.PROCEEDINGS);
        for (RedactedProceeding p : proceedings) {
            json.writeStartObject();
            stage("stage", p.stage());
            optional("court", p.court());
            optional("fileNumber", p.fileNumber());
            optional("investigativeJudge", p.investigativeJudge());
            if (!p.lawyers().isEmpty()) {
                json.writeStartArray("lawyers");
                p.lawyers().forEach(json::write);
                json.writeEnd();
            }
            optional("notes", p.notes());
            json.writeStartArray("events");
            for (RedactedProceeding.Event e : p.events()) {
                json.writeStartObject().write("date", e.date().toString()).write("type", e.type().name());
                optional("verdict", e.verdict() == null ? null : e.verdict().name());
                json.write("inAbsentia", e.inAbsentia());
                optional("charges", e.charges());
                optional("sentence", e.sentence());
                stage("stageAfter", e.after());
                optional("notes", e.notes());
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void measures(List<RedactedMeasure> measures) {
        json.writeStartArray(ExportFields.MEASURES);
        for (RedactedMeasure m : measures) {
            json.writeStartObject().write("date", m.date().toString()).write("kind", m.kind().name());
            optional("authority", m.authority());
            optional("description", m.description());
            optional("sourceUrl", m.sourceUrl());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void stage(String name, Stage stage) {
        json.writeStartObject(name).write("phase", stage.phase().name());
        optional("verdict", stage.verdict() == null ? null : stage.verdict().name());
        json.write("inAbsentia", stage.inAbsentia()).write("finalVerdict", stage.finalVerdict()).writeEnd();
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
