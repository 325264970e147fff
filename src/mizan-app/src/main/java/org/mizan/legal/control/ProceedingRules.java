package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.Person;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Suspect;
import org.mizan.platform.control.InvalidInput.FieldError;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.WebLinks;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a proceeding and a legal event must satisfy, each broken rule named by its field. */
@ApplicationScoped
public class ProceedingRules {

    @PersistenceContext
    EntityManager em;
    @Inject
    UserDirectory users;
    @Inject
    PersonService persons;

    /**
     * A suspect stands for an alleged perpetrator of one of the proceeding's cases; one standing for a person the reader
     * may not see is not found (404), as the person is everywhere.
     */
    public void check(Collection<Long> caseIds, ProceedingDraft draft, CaseReader reader) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.court() == null || draft.court().isBlank()) {
            errors.add(new FieldError("court", "validation.required"));
        }
        length(errors, "court", draft.court(), 200);
        length(errors, "fileNumber", draft.fileNumber(), 100);
        length(errors, "investigativeJudge", draft.investigativeJudge(), 200);
        for (String lawyer : draft.lawyers() == null ? List.<String>of() : draft.lawyers()) {
            if (lawyer == null || users.findEnabled(lawyer).filter(u -> u.hasRole(Role.LAWYER)).isEmpty()) {
                errors.add(new FieldError("lawyers", "legal.lawyer.unknown"));
                break;
            }
        }
        List<ProceedingDraft.SuspectDraft> suspects = draft.suspects() == null ? List.of() : draft.suspects();
        for (ProceedingDraft.SuspectDraft suspect : suspects) {
            if (suspect.personId() != null && !isPerpetrator(caseIds, persons.visible(suspect.personId(), reader).getId())) {
                errors.add(new FieldError("suspects", "legal.suspect.notPerpetrator"));
                break;
            }
            if (suspect.personId() == null && (suspect.label() == null || suspect.label().isBlank())) {
                errors.add(new FieldError("suspects", "legal.suspect.unnamed"));
                break;
            }
            length(errors, "suspects", suspect.label(), 200);
        }
        fail(errors);
    }

    /** A suspect's label: as given, or the name of the alleged perpetrator it stands for. */
    public String label(ProceedingDraft.SuspectDraft suspect) {
        if (suspect.label() != null && !suspect.label().isBlank()) {
            return suspect.label().strip();
        }
        Person person = em.find(Person.class, suspect.personId());
        return person.displayName();
    }

    /** {@code evidenceCases}: the cases whose files the event may rest on — the linked cases of the recorder's team. */
    public void check(Proceeding proceeding, EventDraft draft, Clock clock, Collection<Long> evidenceCases) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.type() == null) {
            errors.add(new FieldError("type", "validation.required"));
        }
        date(errors, draft.date(), clock);
        if ((draft.type() == LegalEventType.VERDICT) != (draft.verdict() != null)) {
            errors.add(new FieldError("verdict", draft.verdict() == null ? "legal.verdict.required" : "legal.verdict.onlyForVerdict"));
        }
        if ((draft.type() == LegalEventType.CASSATION_ANNULLED) != (draft.returnedTo() != null)) {
            errors.add(new FieldError("returnedTo", draft.returnedTo() == null ? "legal.returnedTo.required"
                    : "legal.returnedTo.onlyForAnnulment"));
        }
        Set<Long> known = proceeding.getSuspects().stream().map(Suspect::getId).collect(Collectors.toSet());
        if (draft.suspects() != null && !known.containsAll(draft.suspects())) {
            errors.add(new FieldError("suspects", "legal.suspect.notInProceeding"));
        }
        if (draft.evidence() != null && !draft.evidence().isEmpty() && !ofCases(evidenceCases, draft.evidence())) {
            errors.add(new FieldError("evidence", "legal.evidence.notInCase"));
        }
        length(errors, "charges", draft.charges(), 1000);
        length(errors, "sentence", draft.sentence(), 500);
        fail(errors);
    }

    /** A measure outside the courts: its kind, a date not to come, the authority that took it; its source a web link. */
    public void check(MeasureDraft draft, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        date(errors, draft.date(), clock);
        if (draft.authority() == null || draft.authority().isBlank()) {
            errors.add(new FieldError("authority", "validation.required"));
        }
        length(errors, "authority", draft.authority(), 200);
        length(errors, "description", draft.description(), 2000);
        if (draft.sourceUrl() != null && !draft.sourceUrl().isBlank() && !WebLinks.isWebLink(draft.sourceUrl().strip())) {
            errors.add(new FieldError("sourceUrl", "case.sources.url", WebLinks.MAX_LENGTH));
        }
        fail(errors);
    }

    /** Anywhere on earth, the day must have begun: a step recorded as done cannot lie ahead. */
    private static void date(List<FieldError> errors, PartialDate date, Clock clock) {
        if (date == null) {
            errors.add(new FieldError("date", "validation.required"));
        } else if (date.start().isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            errors.add(new FieldError("date", "legal.date.future"));
        }
    }

    /** True when every item is evidence of these cases: an event cannot rest on the files of a case not its own. */
    private boolean ofCases(Collection<Long> caseIds, Set<Long> items) {
        return !caseIds.isEmpty() && em.createQuery("SELECT COUNT(i) FROM EvidenceItem i WHERE i.caseId IN :cases AND i.id IN :items",
                        Long.class).setParameter("cases", caseIds).setParameter("items", items).getSingleResult() == items.size();
    }

    private boolean isPerpetrator(Collection<Long> caseIds, long personId) {
        return !em.createQuery("SELECT cp.id FROM CaseParty cp WHERE cp.violationCase.id IN :cases AND cp.person.id = :person "
                        + "AND cp.role = org.mizan.cases.entity.PartyRole.PERPETRATOR", Object.class)
                .setParameter("cases", caseIds).setParameter("person", personId).setMaxResults(1).getResultList().isEmpty();
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
