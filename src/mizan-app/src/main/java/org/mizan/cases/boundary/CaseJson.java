package org.mizan.cases.boundary;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseRules;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.control.TypedDate;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.CaseSource;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.boundary.Unreadable;
import org.mizan.security.entity.AppUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The wire forms of cases for {@code /api/cases}. */
public final class CaseJson {

    private CaseJson() {
    }

    public record SourceJson(String description, String reliability, String url) {
    }

    /**
     * A party as sent and as read. Read by someone who sees less than the team (an advocate), {@code personName} is the
     * name only where the policy names the person, otherwise their initials, with {@code personId} left out; {@code
     * ageGroup} ("20–29") is only ever read.
     */
    public record PartyJson(String role, Long personId, String personName, String fate, Integer ageAtIncident, LocalDate diedOn,
                            String community,
                            String ageGroup, String perpetratorKind, String involvement, String certainty, String notes) {
        static PartyJson of(DisclosedCase.DisclosedParty shown) {
            CaseParty p = shown.party();
            return new PartyJson(p.getRole().name(), shown.personId(), shown.displayName(), name(p.getFate()), shown.age(), p.getDiedOn(),
                    name(shown.community()),
                    shown.ageGroup(), name(p.getPerpetratorKind()), name(p.getInvolvement()), name(p.getCertainty()), shown.notes());
        }
    }

    /** What a client sends to create or replace a case; {@code version} is required to replace. */
    public record CaseInput(List<String> violationTypes, TypedDate incidentDate, TypedDate endDate, String dateNote, String country,
                            String governorate, String locality, BigDecimal latitude, BigDecimal longitude,
                            String narrative, List<String> tags, List<SourceJson> sources, String status,
                            String confidentiality, List<String> assignees, List<PartyJson> parties, Long version) {

        /** The draft as far as it could be read; what could not is null, and named in {@code unreadable}. */
        CaseDraft toDraft(Unreadable unreadable) {
            return new CaseDraft(violationTypes, date(incidentDate, "incidentDate", unreadable), date(endDate, "endDate", unreadable),
                    dateNote, country, governorate, locality, latitude, longitude, narrative, tags,
                    sources == null ? null : sources.stream().map(s -> new CaseDraft.SourceDraft(s.description(), s.reliability(), s.url())).toList(),
                    unreadable.code(org.mizan.cases.entity.CaseStatus.class, "status", status),
                    unreadable.code(org.mizan.cases.entity.Confidentiality.class, "confidentiality", confidentiality),
                    assignees, parties == null ? null : parties(unreadable));
        }

        private static PartialDate date(TypedDate date, String field, Unreadable unreadable) {
            return date == null ? null : unreadable.read(() -> date.toPartialDate(field));
        }

        private List<CaseDraft.PartyDraft> parties(Unreadable unreadable) {
            List<CaseDraft.PartyDraft> drafts = new java.util.ArrayList<>();
            for (int i = 0; i < parties.size(); i++) {
                // A null element is refused before binding (JsonBodyRules); the rules name a party without a role.
                PartyJson p = parties.get(i) == null ? new PartyJson(null, null, null, null, null, null, null, null, null, null, null, null) : parties.get(i);
                String name = CaseRules.element("parties", i) + ".";
                drafts.add(new CaseDraft.PartyDraft(unreadable.code(PartyRole.class, name + "role", p.role()), p.personId(),
                        unreadable.code(Fate.class, name + "fate", p.fate()), p.ageAtIncident(), p.diedOn(),
                        unreadable.code(Community.class, name + "community", p.community()),
                        unreadable.code(PerpetratorKind.class, name + "perpetratorKind", p.perpetratorKind()),
                        unreadable.code(Involvement.class, name + "involvement", p.involvement()),
                        unreadable.code(PerpetratorCertainty.class, name + "certainty", p.certainty()), p.notes()));
            }
            return drafts;
        }
    }

    public record CaseView(String reference, List<String> violationTypes, TypedDate incidentDate, TypedDate endDate,
                           String dateNote, String country, String governorate, String locality, BigDecimal latitude, BigDecimal longitude,
                           String narrative, List<String> tags, List<SourceJson> sources, String status,
                           String confidentiality, String lead, List<String> assignees, List<PartyJson> parties,
                           Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
        /** The case as this reader may read it: withheld fields are null, withheld lists empty. */
        static CaseView of(ViolationCase c, DisclosedCase shown) {
            boolean staff = shown.staffDetails();
            return new CaseView(c.getReference(), List.copyOf(c.getViolationTypes()), TypedDate.of(c.getIncidentDate()),
                    TypedDate.of(c.getEndDate()), shown.freeText() ? c.getDateNote() : null, c.getCountry(), c.getGovernorate(), shown.locality(), shown.latitude(),
                    shown.longitude(), shown.narrative(), shown.freeText() ? List.copyOf(c.getTags()) : List.of(),
                    staff ? c.getSources().stream().map(CaseJson::source).toList() : List.of(), c.getStatus().name(),
                    c.getConfidentiality().name(), staff && c.getLead() != null ? c.getLead().getUsername() : null,
                    staff ? c.getAssignees().stream().map(AppUser::getUsername).sorted().toList() : List.of(),
                    shown.parties().stream().map(PartyJson::of).toList(), c.getCreatedAt(), staff ? c.getCreatedBy() : null,
                    c.getUpdatedAt(), staff ? c.getUpdatedBy() : null, c.getVersion());
        }
    }

    private static SourceJson source(CaseSource s) {
        return new SourceJson(s.getDescription(), s.getReliability(), s.getUrl());
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
