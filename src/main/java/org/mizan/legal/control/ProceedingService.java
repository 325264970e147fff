package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseReader;
import org.mizan.cases.control.CaseTeams;
import org.mizan.cases.control.RevisionLog;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Suspect;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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

    /** Microseconds, as PostgreSQL keeps them: an answer and a later read show the same times. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));

    @Transactional
    public List<ProceedingView> ofCase(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        return em.createQuery("SELECT p FROM Proceeding p WHERE p.caseId = :case ORDER BY p.id", Proceeding.class)
                .setParameter("case", caseId).getResultList().stream().map(p -> view(p, reference, reader)).toList();
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
        rules.check(membership.caseId(), draft);
        Proceeding proceeding = new Proceeding(membership.caseId(), actor.username(), clock.instant());
        proceeding.setCourt(draft.court().strip());
        proceeding.setFileNumber(blankToNull(draft.fileNumber()));
        proceeding.setInvestigativeJudge(blankToNull(draft.investigativeJudge()));
        proceeding.setNotes(blankToNull(draft.notes()));
        proceeding.setLawyers(new LinkedHashSet<>(draft.lawyers() == null ? List.of() : draft.lawyers()));
        if (draft.suspects() != null) {
            draft.suspects().forEach(s -> proceeding.addSuspect(s.personId(), rules.label(s)));
        }
        em.persist(proceeding);
        em.flush();
        revisions.record(REVISION_TYPE, proceeding.getId(), Map.of(), fields(proceeding), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "PROCEEDING_CREATE", "proceeding:" + proceeding.getId(),
                Outcome.SUCCESS, "case " + reference));
        return view(proceeding, reference, reader);
    }

    @Transactional
    public ProceedingView record(long id, EventDraft draft, CaseReader reader, Actor actor) {
        ProceedingView before = proceeding(id, reader);
        Proceeding proceeding = before.proceeding();
        requireTeam(proceeding, reader);
        rules.check(proceeding, draft, clock);
        LegalEvent event = new LegalEvent(id, draft.type(), draft.date(), actor.username(), clock.instant());
        event.setOutcome(draft.verdict(), draft.inAbsentia(), draft.returnedTo());
        event.setSuspects(draft.suspects() == null ? java.util.Set.of() : draft.suspects());
        event.setCharges(blankToNull(draft.charges()));
        event.setSentence(blankToNull(draft.sentence()));
        event.setNotes(blankToNull(draft.notes()));
        em.persist(event);
        proceeding.touch(actor.username(), clock.instant());
        em.flush();
        revisions.record(REVISION_TYPE, id, Map.of(), Map.of("event " + event.getId(), event.toString()), actor.username(),
                clock.instant());
        ProceedingView after = view(proceeding, before.caseReference(), reader);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "LEGAL_EVENT", "proceeding:" + id, Outcome.SUCCESS,
                event.getType() + "; stage now " + after.derived().stage().phase()));
        return after;
    }

    private ProceedingView view(Proceeding proceeding, String reference, CaseReader reader) {
        List<LegalEvent> events = em.createQuery("SELECT e FROM LegalEvent e WHERE e.proceedingId = :p", LegalEvent.class)
                .setParameter("p", proceeding.getId()).getResultList().stream()
                .sorted(Comparator.comparing((LegalEvent e) -> e.getDate().start()).thenComparing(LegalEvent::getId)).toList();
        StageDerivation.Derived derived = StageDerivation.derive(events.stream().map(LegalEvent::fact).toList(),
                proceeding.getSuspects().stream().map(Suspect::getId).toList());
        return new ProceedingView(proceeding, reference, events, derived, reader.mayJoinTeams());
    }

    /** The proceeding, when the reader may see its case, with the case's reference; 404 otherwise. */
    Map.Entry<Proceeding, String> visible(long id, CaseReader reader) {
        Proceeding proceeding = em.find(Proceeding.class, id);
        if (proceeding == null) {
            throw new NotFound("proceeding " + id);
        }
        return Map.entry(proceeding, teams.reference(proceeding.getCaseId(), reader));
    }

    /** 403 unless the reader is an investigator or lawyer assigned to the proceeding's case. */
    void requireTeam(Proceeding proceeding, CaseReader reader) {
        requireTeam(teams.onTeam(proceeding.getCaseId(), reader), reader);
    }

    /** Investigators and lawyers record proceedings of the cases they are assigned to. */
    private static void requireTeam(boolean onTeam, CaseReader reader) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
