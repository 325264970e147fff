package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseTeams;
import org.mizan.cases.control.RevisionLog;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Suspect;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case's proceedings: read by everyone who may see the case (advocates without the lawyers'
 * notes), recorded by the investigators and lawyers assigned to it. Every change goes to the revision
 * history and the audit trail; the stage is derived from the events on every read.
 */
@ApplicationScoped
public class ProceedingService {

    static final String REVISION_TYPE = "PROCEEDING";

    @PersistenceContext
    EntityManager em;
    @Inject
    ProceedingRules rules;
    @Inject
    RevisionLog revisions;
    @Inject
    CaseTeams teams;
    @Inject
    AuditTrail audit;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    /** Ticks in microseconds, as PostgreSQL keeps them: an answer and a later read show the same times. */
    @Inject
    Clock clock;

    @Transactional
    public List<ProceedingView> ofCase(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        return views(em.createQuery("SELECT p FROM Proceeding p WHERE p.caseId = :case ORDER BY p.id", Proceeding.class)
                .setParameter("case", caseId).getResultList(), caseId, reference, reader);
    }

    @Transactional
    public ProceedingView proceeding(long id, CaseReader reader) {
        Map.Entry<Proceeding, String> found = visible(id, reader);
        return view(found.getKey(), found.getValue(), reader);
    }

    @Transactional
    public ProceedingView open(String reference, ProceedingDraft draft, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        requireTeam(membership.onTeam(), reader);
        rules.check(membership.caseId(), draft, reader);
        Proceeding proceeding = new Proceeding(membership.caseId(), actor.username(), clock.instant());
        describe(proceeding, draft);
        em.persist(proceeding);
        em.flush();
        revisions.record(REVISION_TYPE, proceeding.getId(), Map.of(), fields(proceeding), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_CREATE", "proceeding:" + proceeding.getId(),
                Outcome.SUCCESS, "case " + reference));
        return view(proceeding, reference, reader);
    }

    @Transactional
    public ProceedingView record(long id, EventDraft draft, CaseReader reader, Actor actor) {
        Map.Entry<Proceeding, String> found = forTeam(id, reader);
        Proceeding proceeding = found.getKey();
        rules.check(proceeding, draft, clock);
        LegalEvent event = new LegalEvent(id, draft.type(), draft.date(), actor.username(), clock.instant());
        apply(event, draft);
        em.persist(event);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        revisions.record(REVISION_TYPE, id, Map.of(), Map.of("event " + event.getId(), event.toString()), actor.username(),
                clock.instant());
        return audited(actor, "LEGAL_EVENT", proceeding, found.getValue(), event, reader);
    }

    /**
     * Corrects a legal event typed wrongly (a date, a verdict, the suspects): the event keeps its place in the
     * recording order, the revision history keeps what it said before, and the stage is derived again.
     */
    @Transactional
    public ProceedingView correct(long id, long eventId, EventDraft draft, CaseReader reader, Actor actor) {
        Map.Entry<Proceeding, String> found = forTeam(id, reader);
        Proceeding proceeding = found.getKey();
        LegalEvent event = em.find(LegalEvent.class, eventId);
        if (event == null || event.getProceedingId() != id) {
            throw new NotFound("legal event " + eventId);
        }
        rules.check(proceeding, draft, clock);
        String before = event.toString();
        event.happened(draft.type(), draft.date());
        apply(event, draft);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        revisions.record(REVISION_TYPE, id, Map.of("event " + eventId, before), Map.of("event " + eventId, event.toString()),
                actor.username(), clock.instant());
        return audited(actor, "LEGAL_EVENT_CORRECT", proceeding, found.getValue(), event, reader);
    }

    /**
     * Changes the court, file number, judge, lawyers or notes, and adds suspects; a suspect once named stays (events
     * may concern them). Needs the version read.
     */
    @Transactional
    public ProceedingView update(long id, ProceedingDraft draft, long expectedVersion, CaseReader reader, Actor actor) {
        Map.Entry<Proceeding, String> found = forTeam(id, reader);
        Proceeding proceeding = found.getKey();
        if (proceeding.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        rules.check(proceeding.getCaseId(), draft, reader);
        Map<String, String> before = fields(proceeding);
        describe(proceeding, draft);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        List<String> changed = revisions.record(REVISION_TYPE, id, before, fields(proceeding), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_UPDATE", "proceeding:" + id,
                Outcome.SUCCESS, "changed: " + String.join(", ", changed)));
        return view(proceeding, found.getValue(), reader);
    }

    /** Every saved change to the proceeding and its events, newest first; for everyone who may see the case. */
    @Transactional
    public List<org.mizan.cases.entity.Revision> history(long id, CaseReader reader) {
        visible(id, reader);
        return revisions.of(REVISION_TYPE, id);
    }

    /** The case's alleged perpetrators who are persons: who a new suspect may stand for. */
    @Transactional
    public List<SuspectCandidate> suspectCandidates(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        return em.createQuery("SELECT DISTINCT cp.person FROM CaseParty cp WHERE cp.violationCase.id = :case "
                        + "AND cp.role = org.mizan.cases.entity.PartyRole.PERPETRATOR AND cp.person IS NOT NULL", Person.class)
                .setParameter("case", caseId).getResultStream()
                .map(p -> new SuspectCandidate(p.getId(), p.displayName())).toList();
    }

    /** An alleged perpetrator of the case, by person id and display name. */
    public record SuspectCandidate(long personId, String name) {
    }

    private static void apply(LegalEvent event, EventDraft draft) {
        event.setOutcome(draft.verdict(), draft.inAbsentia(), draft.returnedTo());
        event.setSuspects(draft.suspects() == null ? Set.of() : draft.suspects());
        event.setEvidence(draft.evidence() == null ? Set.of() : draft.evidence());
        event.setCharges(Text.blankToNull(draft.charges()));
        event.setSentence(Text.blankToNull(draft.sentence()));
        event.setNotes(Text.blankToNull(draft.notes()));
    }

    private ProceedingView audited(Actor actor, String action, Proceeding proceeding, String reference, LegalEvent event,
                                   CaseReader reader) {
        ProceedingView after = view(proceeding, reference, reader);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "proceeding:" + proceeding.getId(),
                Outcome.SUCCESS, event.getType() + "; stage now " + after.derived().stage().phase()));
        return after;
    }

    private ProceedingView view(Proceeding proceeding, String reference, CaseReader reader) {
        return views(List.of(proceeding), proceeding.getCaseId(), reference, reader).get(0);
    }

    /**
     * Proceedings of one case as the reader may read them, stages derived: the events of all of them in one query, and
     * what the case's disclosure allows decided once, however many proceedings and events there are.
     */
    private List<ProceedingView> views(List<Proceeding> proceedings, long caseId, String reference, CaseReader reader) {
        if (proceedings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LegalEvent>> events = eventsOf(proceedings.stream().map(Proceeding::getId).toList());
        boolean notesShown = reader.mayJoinTeams();
        boolean staffShown = disclosure.showsStaffDetails(reader);
        boolean freeTextShown = freeTextShown(caseId, reader);
        return proceedings.stream().map(proceeding -> {
            List<LegalEvent> own = events.getOrDefault(proceeding.getId(), List.of());
            StageDerivation.Derived derived = StageDerivation.derive(own.stream().map(LegalEvent::fact).toList(),
                    proceeding.getSuspects().stream().map(Suspect::getId).toList());
            return new ProceedingView(proceeding, reference, own, derived, notesShown, staffShown, freeTextShown);
        }).toList();
    }

    /** The events of these proceedings by proceeding, each in date order (then as recorded); one query for all. */
    Map<Long, List<LegalEvent>> eventsOf(Collection<Long> proceedingIds) {
        if (proceedingIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM LegalEvent e WHERE e.proceedingId IN :ps", LegalEvent.class)
                .setParameter("ps", proceedingIds).getResultList().stream()
                .sorted(Comparator.comparing((LegalEvent e) -> e.getDate().start()).thenComparing(LegalEvent::getId))
                .collect(Collectors.groupingBy(LegalEvent::getProceedingId));
    }

    /** Whether the reader may read the case's free text, as the redaction policy decides for its edition. */
    boolean freeTextShown(long caseId, CaseReader reader) {
        return !disclosure.redacts(reader) || disclosure.disclose(em.find(ViolationCase.class, caseId), reader).freeText();
    }

    /** Sets what the draft says; its suspects are added to those the proceeding has. */
    private void describe(Proceeding proceeding, ProceedingDraft draft) {
        proceeding.setCourt(draft.court().strip());
        proceeding.setFileNumber(Text.blankToNull(draft.fileNumber()));
        proceeding.setInvestigativeJudge(Text.blankToNull(draft.investigativeJudge()));
        proceeding.setNotes(Text.blankToNull(draft.notes()));
        proceeding.setLawyers(new LinkedHashSet<>(draft.lawyers() == null ? List.of() : draft.lawyers()));
        if (draft.suspects() != null) {
            draft.suspects().forEach(s -> proceeding.addSuspect(s.personId(), rules.label(s)));
        }
    }

    /** The proceeding, when the reader may see its case, with the case's reference; 404 otherwise. */
    Map.Entry<Proceeding, String> visible(long id, CaseReader reader) {
        Proceeding proceeding = em.find(Proceeding.class, id);
        if (proceeding == null) {
            throw new NotFound("proceeding " + id);
        }
        return Map.entry(proceeding, teams.reference(proceeding.getCaseId(), reader));
    }

    /**
     * The proceeding with its case's reference, for a change: 404 unless the reader may see the case, 403 unless they
     * are an investigator or lawyer assigned to it.
     */
    Map.Entry<Proceeding, String> forTeam(long id, CaseReader reader) {
        Map.Entry<Proceeding, String> found = visible(id, reader);
        requireTeam(teams.onTeam(found.getKey().getCaseId(), reader), reader);
        return found;
    }

    /** Investigators and lawyers record proceedings of the cases they are assigned to. */
    static void requireTeam(boolean onTeam, CaseReader reader) {
        if (!onTeam) {
            throw new Forbidden(reader.username() + " is not on the team of this case");
        }
    }

    private static Map<String, String> fields(Proceeding p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("court", p.getCourt());
        fields.put("fileNumber", p.getFileNumber());
        fields.put("investigativeJudge", p.getInvestigativeJudge());
        fields.put("lawyers", String.join(", ", p.getLawyers()));
        fields.put("suspects", String.join("; ", p.getSuspects().stream().map(Suspect::getLabel).toList()));
        fields.put("notes", p.getNotes() == null ? null : "(notes)");
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }
}
