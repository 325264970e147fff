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
import org.mizan.legal.entity.ProceedingCase;
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
    @Inject
    ProceedingLinks links;

    /** Ticks in microseconds, as PostgreSQL keeps them: an answer and a later read show the same times. */
    @Inject
    Clock clock;

    @Transactional
    public List<ProceedingView> ofCase(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        return views(em.createQuery("SELECT p FROM Proceeding p WHERE p.id IN (SELECT l.proceedingId FROM ProceedingCase l "
                        + "WHERE l.caseId = :case) ORDER BY p.id", Proceeding.class)
                .setParameter("case", caseId).getResultList(), caseId, reference, reader);
    }

    @Transactional
    public ProceedingView proceeding(long id, CaseReader reader) {
        return view(visible(id, reader), reader);
    }

    @Transactional
    public ProceedingView open(String reference, ProceedingDraft draft, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        requireTeam(membership.onTeam(), reader);
        rules.check(List.of(membership.caseId()), draft, reader);
        Proceeding proceeding = new Proceeding(membership.caseId(), actor.username(), clock.instant());
        describe(proceeding, draft);
        em.persist(proceeding);
        em.flush();
        em.persist(new ProceedingCase(proceeding.getId(), membership.caseId(), actor.username(), clock.instant()));
        revisions.record(REVISION_TYPE, proceeding.getId(), Map.of(), fields(proceeding), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_CREATE", "proceeding:" + proceeding.getId(),
                Outcome.SUCCESS, "case " + reference));
        return view(new Located(proceeding, membership.caseId(), reference), reader);
    }

    @Transactional
    public ProceedingView record(long id, EventDraft draft, CaseReader reader, Actor actor) {
        Located found = forTeam(id, reader);
        Proceeding proceeding = found.proceeding();
        rules.check(proceeding, draft, clock, links.teamCases(id, reader));
        LegalEvent event = new LegalEvent(id, draft.type(), draft.date(), actor.username(), clock.instant());
        apply(event, draft, Set.of());
        em.persist(event);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        revisions.record(REVISION_TYPE, id, Map.of(), Map.of("event " + event.getId(), event.toString()), actor.username(),
                clock.instant());
        return audited(actor, "LEGAL_EVENT", found, event, reader);
    }

    /**
     * Corrects a legal event typed wrongly (a date, a verdict, the suspects): the event keeps its place in the
     * recording order, the revision history keeps what it said before, and the stage is derived again.
     */
    @Transactional
    public ProceedingView correct(long id, long eventId, EventDraft draft, CaseReader reader, Actor actor) {
        Located found = forTeam(id, reader);
        Proceeding proceeding = found.proceeding();
        LegalEvent event = em.find(LegalEvent.class, eventId);
        if (event == null || event.getProceedingId() != id) {
            throw new NotFound("legal event " + eventId);
        }
        // Files of a linked case the corrector is not on the team of stay as they were: they may not even see them.
        Set<Long> teamCases = links.teamCases(id, reader);
        Set<Long> others = new LinkedHashSet<>(event.getEvidence());
        others.removeAll(links.evidenceOf(teamCases, event.getEvidence()));
        rules.check(proceeding, withoutEvidence(draft, others), clock, teamCases);
        String before = event.toString();
        event.happened(draft.type(), draft.date());
        apply(event, draft, others);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        revisions.record(REVISION_TYPE, id, Map.of("event " + eventId, before), Map.of("event " + eventId, event.toString()),
                actor.username(), clock.instant());
        return audited(actor, "LEGAL_EVENT_CORRECT", found, event, reader);
    }

    /**
     * Changes the court, file number, judge, lawyers or notes, and adds suspects; a suspect once named stays (events
     * may concern them). Needs the version read.
     */
    @Transactional
    public ProceedingView update(long id, ProceedingDraft draft, long expectedVersion, CaseReader reader, Actor actor) {
        Located found = forTeam(id, reader);
        Proceeding proceeding = found.proceeding();
        if (proceeding.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        rules.check(links.allCases(id), draft, reader);
        Map<String, String> before = fields(proceeding);
        describe(proceeding, draft);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        List<String> changed = revisions.record(REVISION_TYPE, id, before, fields(proceeding), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_UPDATE", "proceeding:" + id,
                Outcome.SUCCESS, "changed: " + String.join(", ", changed)));
        return view(found, reader);
    }

    /** Every saved change to the proceeding and its events, newest first; for everyone who may see the case. */
    /**
     * Links a proceeding to one more case: the same trial of another victim. Only an investigator or lawyer on the team
     * of that case and of a case the proceeding is linked to, or an administrator. A proceeding the caller may not
     * change is "not found" to them, whether it exists or not, and a case they may not see too.
     */
    @Transactional
    public ProceedingView link(String reference, long id, CaseReader reader, Actor actor) {
        CaseTeams.Membership target = teams.membership(reference, reader);
        Proceeding proceeding = em.find(Proceeding.class, id);
        if (proceeding == null || !reader.administrator() && links.teamCases(id, reader).isEmpty()
                || reader.administrator() && links.shownUnder(id, proceeding.getCaseId(), reader).isEmpty()) {
            throw new NotFound("proceeding " + id);
        }
        requireTeam(reader.administrator() || target.onTeam(), reader);
        if (em.find(ProceedingCase.class, new ProceedingCase.Key(id, target.caseId())) == null) {
            em.persist(new ProceedingCase(id, target.caseId(), actor.username(), clock.instant()));
            em.flush();
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_LINK", "proceeding:" + id,
                    Outcome.SUCCESS, "case " + reference));
        }
        return view(new Located(proceeding, target.caseId(), reference), reader);
    }

    /**
     * Unlinks a proceeding from one of its cases, by that case's team or an administrator; never from its last case.
     * When it leaves its home case, the earliest linked case left becomes its home.
     */
    @Transactional
    public void unlink(String reference, long id, CaseReader reader, Actor actor) {
        CaseTeams.Membership target = teams.membership(reference, reader);
        ProceedingCase link = em.find(ProceedingCase.class, new ProceedingCase.Key(id, target.caseId()));
        if (link == null) {
            throw new NotFound("proceeding " + id);
        }
        requireTeam(reader.administrator() || target.onTeam(), reader);
        Proceeding proceeding = em.find(Proceeding.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<Long> left = links.allCases(id).stream().filter(c -> c != target.caseId()).toList();
        if (left.isEmpty()) {
            throw new Conflict("legal.proceeding.lastCase");
        }
        em.remove(link);
        if (proceeding.getCaseId() == target.caseId()) {
            proceeding.moveHome(left.get(0));
        }
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_UNLINK", "proceeding:" + id,
                Outcome.SUCCESS, "case " + reference));
    }

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

    /** Sets what the draft says; {@code keptEvidence}, items the recorder may not change, stay with the draft's. */
    private static void apply(LegalEvent event, EventDraft draft, Set<Long> keptEvidence) {
        event.setOutcome(draft.verdict(), draft.inAbsentia(), draft.returnedTo());
        event.setSuspects(draft.suspects() == null ? Set.of() : draft.suspects());
        Set<Long> evidence = new LinkedHashSet<>(draft.evidence() == null ? Set.of() : draft.evidence());
        evidence.addAll(keptEvidence);
        event.setEvidence(evidence);
        event.setCharges(Text.blankToNull(draft.charges()));
        event.setSentence(Text.blankToNull(draft.sentence()));
        event.setNotes(Text.blankToNull(draft.notes()));
    }

    private static EventDraft withoutEvidence(EventDraft draft, Set<Long> items) {
        if (draft.evidence() == null || items.isEmpty()) {
            return draft;
        }
        Set<Long> own = new LinkedHashSet<>(draft.evidence());
        own.removeAll(items);
        return new EventDraft(draft.type(), draft.date(), draft.suspects(), draft.verdict(), draft.inAbsentia(), draft.returnedTo(),
                draft.charges(), draft.sentence(), draft.notes(), own);
    }

    private ProceedingView audited(Actor actor, String action, Located found, LegalEvent event, CaseReader reader) {
        Proceeding proceeding = found.proceeding();
        ProceedingView after = view(found, reader);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "proceeding:" + proceeding.getId(),
                Outcome.SUCCESS, event.getType() + "; stage now " + after.derived().stage().phase()));
        return after;
    }

    private ProceedingView view(Located found, CaseReader reader) {
        return views(List.of(found.proceeding()), found.caseId(), found.reference(), reader).get(0);
    }

    /**
     * Proceedings as the reader may read them under one case, stages derived: the events of all of them in one query, the
     * other cases they are linked to in one, the evidence the reader may open in one, and what the case's disclosure
     * allows decided once, however many proceedings and events there are.
     */
    private List<ProceedingView> views(List<Proceeding> proceedings, long caseId, String reference, CaseReader reader) {
        if (proceedings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LegalEvent>> events = eventsOf(proceedings.stream().map(Proceeding::getId).toList());
        boolean notesShown = reader.mayJoinTeams();
        boolean staffShown = disclosure.showsStaffDetails(reader);
        boolean freeTextShown = freeTextShown(caseId, reader);
        Map<Long, List<String>> alsoLinked = links.alsoLinked(proceedings.stream().map(Proceeding::getId).toList(), caseId, reader);
        Set<Long> readable = links.readableEvidence(events.values().stream().flatMap(List::stream)
                .flatMap(e -> e.getEvidence().stream()).collect(Collectors.toSet()), reader);
        return proceedings.stream().map(proceeding -> {
            List<LegalEvent> own = events.getOrDefault(proceeding.getId(), List.of());
            StageDerivation.Derived derived = StageDerivation.derive(own.stream().map(LegalEvent::fact).toList(),
                    proceeding.getSuspects().stream().map(Suspect::getId).toList());
            return new ProceedingView(proceeding, reference, own, derived, notesShown, staffShown, freeTextShown,
                    alsoLinked.getOrDefault(proceeding.getId(), List.of()), readable);
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

    /** A proceeding found for a reader, with the case they see it under. */
    record Located(Proceeding proceeding, long caseId, String reference) {
    }

    /**
     * The proceeding, when the reader may see a case it is linked to, under its home case if they may see that; 404
     * otherwise, the same whether the proceeding exists or not.
     */
    Located visible(long id, CaseReader reader) {
        Proceeding proceeding = em.find(Proceeding.class, id);
        ProceedingLinks.LinkedCase shown = proceeding == null ? null
                : links.shownUnder(id, proceeding.getCaseId(), reader).orElse(null);
        if (shown == null) {
            throw new NotFound("proceeding " + id);
        }
        return new Located(proceeding, shown.id(), shown.reference());
    }

    /**
     * The proceeding, for a change: 404 unless the reader may see a case it is linked to, 403 unless they are an
     * investigator or lawyer assigned to one of them.
     */
    Located forTeam(long id, CaseReader reader) {
        Located found = visible(id, reader);
        requireTeam(!links.teamCases(id, reader).isEmpty(), reader);
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
