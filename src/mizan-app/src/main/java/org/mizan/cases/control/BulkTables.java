package org.mizan.cases.control;

import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.CopyTable;
import org.mizan.platform.control.Text;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows {@code PersonService.create} and {@code CaseService.create} would write for a person or a
 * case — the same normalisation and name keys ({@link ArabicNames}), the same period of the partial
 * dates ({@link ViolationCase#setDates}), parties in the same order — spooled per table for COPY: the
 * benchmark's generator and the spreadsheet import write through it. Person and case ids are the
 * caller's (drawn from the sequences); sources and parties take theirs from their sequences as COPY
 * loads them. Revisions and audit entries are the caller's to write.
 */
public final class BulkTables implements AutoCloseable {

    private final CopyTable person;
    private final CopyTable personAlias;
    private final CopyTable personOccupation;
    private final CopyTable personNameIndex;
    private final CopyTable violationCase;
    private final CopyTable caseAssignee;
    private final CopyTable caseViolationType;
    private final CopyTable caseTag;
    private final CopyTable caseSource;
    private final CopyTable caseParty;
    private final String createdBy;
    private final Long importBatch;
    private final Long leadId;

    /**
     * Rows recorded by {@code createdBy}; every person and case names {@code importBatch} when it is not null. Every
     * case is led by the user {@code leadId}, who is on its team, or has no lead when it is null (generated data).
     */
    public BulkTables(String createdBy, Long importBatch, Long leadId) throws IOException {
        this.createdBy = createdBy;
        this.importBatch = importBatch;
        this.leadId = leadId;
        person = new CopyTable("person", "id", "kind", "name_ar", "name_latin", "gender", "birth_year", "occupation",
                "affiliation", "governorate_code", "created_at", "created_by", "updated_at", "updated_by", "version",
                "import_batch_id");
        personAlias = new CopyTable("person_alias", "person_id", "alias");
        personOccupation = new CopyTable("person_occupation", "person_id", "position", "occupation");
        personNameIndex = new CopyTable("person_name_index", "person_id", "spelling", "normalised", "name_key");
        violationCase = new CopyTable("violation_case", "id", "reference", "incident_year", "incident_month", "incident_day",
                "incident_approximate", "end_year", "end_month", "end_day", "end_approximate", "date_note", "period_start", "period_end",
                "country", "governorate_code", "locality", "locality_keys", "latitude", "longitude", "narrative", "narrative_normalised",
                "status", "confidentiality", "created_at", "created_by", "updated_at", "updated_by", "version", "import_batch_id",
                "lead_id");
        caseAssignee = new CopyTable("case_assignee", "case_id", "user_id");
        caseViolationType = new CopyTable("case_violation_type", "case_id", "type_code");
        caseTag = new CopyTable("case_tag", "case_id", "tag");
        caseSource = new CopyTable("case_source", "case_id", "position", "description", "reliability", "url");
        caseParty = new CopyTable("case_party", "case_id", "position", "person_id", "role", "fate", "age_at_incident", "died_on", "community",
                "perpetrator_kind", "involvement", "certainty", "notes");
    }

    public void person(long id, PersonDraft p, Instant created) throws IOException {
        List<Occupation> occupations = p.occupationsOrEmpty();
        person.row(id, p.kind(), p.nameArabic(), p.nameLatin(), p.gender(), p.birthYear(),
                occupations.isEmpty() ? null : occupations.get(0), p.affiliation(), p.governorate(), created, createdBy, created,
                createdBy, 0, importBatch);
        for (int position = 0; position < occupations.size(); position++) {
            personOccupation.row(id, position, occupations.get(position));
        }
        List<String> aliases = p.aliasesOrEmpty().stream().map(String::strip).distinct().toList();
        for (String alias : aliases) {
            personAlias.row(id, alias);
        }
        Set<String> spellings = new LinkedHashSet<>();
        if (p.nameArabic() != null) {
            spellings.add(p.nameArabic());
        }
        if (p.nameLatin() != null) {
            spellings.add(p.nameLatin());
        }
        spellings.addAll(aliases);
        for (String spelling : spellings) {
            personNameIndex.row(id, spelling, ArabicNames.normalise(spelling), ArabicNames.latinKey(spelling));
        }
    }

    public void violationCase(long id, String reference, CaseDraft d, CaseStatus status, Instant created, Instant updated)
            throws IOException {
        ViolationCase dates = new ViolationCase(reference, createdBy, created);
        dates.setDates(d.incidentDate(), d.endDate());
        var end = d.endDate();
        String narrative = Text.blankToNull(d.narrative());
        violationCase.row(id, reference, d.incidentDate().year(), d.incidentDate().month(), d.incidentDate().day(),
                d.incidentDate().approximate(), end == null ? null : end.year(), end == null ? null : end.month(),
                end == null ? null : end.day(), end != null && end.approximate(), Text.blankToNull(d.dateNote()), dates.getPeriodStart(),
                dates.getPeriodEnd(),
                d.country() == null ? "IQ" : d.country(), d.governorate(), d.locality(), LocalityKeys.of(d.locality()), d.latitude(), d.longitude(),
                narrative, narrative == null ? null : ArabicNames.normalise(narrative), status,
                d.confidentiality() == null ? Confidentiality.STANDARD : d.confidentiality(),
                created, createdBy, updated, createdBy, 0, importBatch, leadId);
        if (leadId != null) {
            caseAssignee.row(id, leadId);
        }
        for (String type : new TreeSet<>(d.violationTypesOrEmpty())) {
            caseViolationType.row(id, type);
        }
        for (String tag : new TreeSet<>(d.tagsOrEmpty().stream().map(String::strip).toList())) {
            caseTag.row(id, tag);
        }
        int position = 0;
        for (CaseDraft.SourceDraft source : d.sourcesOrEmpty()) {
            caseSource.row(id, position++, source.description().strip(), source.reliability(), source.url());
        }
        List<CaseDraft.PartyDraft> parties = new ArrayList<>(d.partiesOrEmpty());
        parties.sort(Comparator.comparing(CaseDraft.PartyDraft::role));
        position = 0;
        for (CaseDraft.PartyDraft party : parties) {
            caseParty.row(id, position++, party.personId(), party.role(), party.fate(), party.ageAtIncident(), party.diedOn(), party.community(),
                    party.perpetratorKind(), party.involvement(), party.role() == PartyRole.PERPETRATOR
                            ? Objects.requireNonNullElse(party.certainty(), PerpetratorCertainty.ALLEGED) : null, party.notes());
        }
    }

    /** Loads every table, parents before children; returns the number of rows. */
    public long copyInto(CopyManager copy) throws IOException, SQLException {
        long rows = 0;
        for (CopyTable table : tables()) {
            rows += table.copyInto(copy);
        }
        return rows;
    }

    public long rows() {
        return tables().stream().mapToLong(CopyTable::rows).sum();
    }

    private List<CopyTable> tables() {
        return List.of(person, personAlias, personOccupation, personNameIndex, violationCase, caseAssignee, caseViolationType, caseTag, caseSource, caseParty);
    }

    @Override
    public void close() throws IOException {
        for (CopyTable table : tables()) {
            table.close();
        }
    }
}
