package org.mizan.cases.control;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything an investigator says about a case, as typed: checked by {@link CaseRules} before it
 * touches the record. On update it replaces the whole record (lists included).
 */
public record CaseDraft(List<String> violationTypes, PartialDate incidentDate, PartialDate endDate, String country,
                        String governorate, String locality, BigDecimal latitude, BigDecimal longitude,
                        String narrative, List<String> tags, List<SourceDraft> sources, CaseStatus status,
                        Confidentiality confidentiality, List<String> assignees, List<PartyDraft> parties) {

    public record SourceDraft(String description, String reliability, String url) {
    }

    /** A victim, alleged perpetrator or witness; {@code personId} may be null only for unidentified perpetrators. */
    public record PartyDraft(PartyRole role, Long personId, Fate fate, Integer ageAtIncident,
                             PerpetratorKind perpetratorKind, Involvement involvement, String notes) {
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
}
