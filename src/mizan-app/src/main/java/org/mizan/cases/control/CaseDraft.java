package org.mizan.cases.control;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an investigator says about a case, as typed: checked by {@link CaseRules} before it
 * touches the record. On update it replaces the whole record (lists included). {@code dateNote} says why the dates are
 * uncertain ("April or May; the family is not sure").
 */
public record CaseDraft(List<String> violationTypes, PartialDate incidentDate, PartialDate endDate, String dateNote, String country,
                        String governorate, String locality, BigDecimal latitude, BigDecimal longitude,
                        String narrative, List<String> tags, List<SourceDraft> sources, CaseStatus status,
                        Confidentiality confidentiality, List<String> assignees, List<PartyDraft> parties) implements java.io.Serializable {

    public record SourceDraft(String description, String reliability, String url) implements java.io.Serializable {
    }

    /** A victim, alleged perpetrator or witness; {@code personId} may be null only for unidentified perpetrators. */
    public record PartyDraft(PartyRole role, Long personId, Fate fate, Integer ageAtIncident, LocalDate diedOn, Community community,
                             PerpetratorKind perpetratorKind, Involvement involvement, PerpetratorCertainty certainty,
                             String notes) implements java.io.Serializable {

        /** The same part played by another person (an importer's or a generator's number replaced by the stored id). */
        public PartyDraft withPerson(Long otherPersonId) {
            return new PartyDraft(role, otherPersonId, fate, ageAtIncident, diedOn, community, perpetratorKind, involvement, certainty,
                    notes);
        }
    }

    public List<String> violationTypesOrEmpty() {
        return violationTypes == null ? List.of() : violationTypes;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    public List<SourceDraft> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<String> assigneesOrEmpty() {
        return assignees == null ? List.of() : assignees;
    }

    public List<PartyDraft> partiesOrEmpty() {
        return parties == null ? List.of() : parties;
    }

    /** The same case with other parties (an importer's persons given their stored ids). */
    public CaseDraft withParties(List<PartyDraft> others) {
        return new CaseDraft(violationTypes, incidentDate, endDate, dateNote, country, governorate, locality, latitude, longitude,
                narrative, tags, sources, status, confidentiality, assignees, others);
    }

    /** The same case in another status. */
    public CaseDraft withStatus(CaseStatus other) {
        return new CaseDraft(violationTypes, incidentDate, endDate, dateNote, country, governorate, locality, latitude, longitude,
                narrative, tags, sources, other, confidentiality, assignees, parties);
    }

    /** The same case with its violation types and governorate as codes (they may have been sent as names). */
    public CaseDraft withCodes(List<String> typeCodes, String governorateCode) {
        return new CaseDraft(typeCodes, incidentDate, endDate, dateNote, country, governorateCode, locality, latitude, longitude,
                narrative, tags, sources, status, confidentiality, assignees, parties);
    }
}
