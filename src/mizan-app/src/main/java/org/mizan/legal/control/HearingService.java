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
import org.mizan.legal.entity.Hearing;
import org.mizan.legal.entity.Proceeding;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput.FieldError;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A proceeding's hearings: scheduled and, afterwards, annotated by the case's team; read by everyone
 * who may see the case (advocates without the outcome notes). A lawyer's coming hearings are those of
 * the cases they are assigned to.
 */
@ApplicationScoped
public class HearingService {

    @PersistenceContext
    EntityManager em;
    @Inject
    ProceedingService proceedings;
    @Inject
    CaseTeams teams;
    @Inject
    AuditTrail audit;
    @Inject
    RevisionLog revisions;

    @Inject
    Clock clock;

    @Transactional
    public List<HearingView> of(long proceedingId, CaseReader reader) {
        ProceedingService.Located found = proceedings.visible(proceedingId, reader);
        boolean freeText = proceedings.freeTextShown(found.caseId(), reader);
        return em.createQuery("SELECT h FROM Hearing h WHERE h.proceedingId = :p ORDER BY h.startsAt, h.id", Hearing.class)
                .setParameter("p", proceedingId).getResultList().stream()
                .map(h -> new HearingView(h, found.reference(), reader.mayJoinTeams(), freeText)).toList();
    }

    /** The hearings of every proceeding of a case, by proceeding, in time order: one query however many proceedings. */
    @Transactional
    public Map<Long, List<HearingView>> ofCase(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        boolean freeText = proceedings.freeTextShown(caseId, reader);
        return em.createQuery("SELECT h FROM Hearing h WHERE h.proceedingId IN (SELECT l.proceedingId FROM ProceedingCase l WHERE l.caseId = :case) "
                        + "ORDER BY h.startsAt, h.id", Hearing.class)
                .setParameter("case", caseId).getResultStream()
                .map(h -> new HearingView(h, reference, reader.mayJoinTeams(), freeText))
                .collect(Collectors.groupingBy(h -> h.hearing().getProceedingId(), Collectors.toList()));
    }

    @Transactional
    public HearingView schedule(long proceedingId, HearingDraft draft, CaseReader reader, Actor actor) {
        ProceedingService.Located found = proceedings.forTeam(proceedingId, reader);
        check(draft);
        Hearing hearing = new Hearing(proceedingId, actor.username(), clock.instant());
        apply(hearing, draft, found.proceeding());
        em.persist(hearing);
        em.flush();
        revised(hearing, null, actor);
        audited(actor, "HEARING_SCHEDULE", hearing);
        return HearingView.ofTeam(hearing, found.reference());
    }

    /** Moves a hearing or records what came of it; needs the version read. */
    @Transactional
    public HearingView update(long hearingId, HearingDraft draft, long expectedVersion, CaseReader reader, Actor actor) {
        Hearing hearing = em.find(Hearing.class, hearingId);
        if (hearing == null) {
            throw new NotFound("hearing " + hearingId);
        }
        ProceedingService.Located found = proceedings.forTeam(hearing.getProceedingId(), reader);
        if (hearing.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        check(draft);
        String before = summary(hearing);
        apply(hearing, draft, found.proceeding());
        hearing.touch(actor.username(), clock.instant());
        em.flush();
        revised(hearing, before, actor);
        audited(actor, "HEARING_UPDATE", hearing);
        return HearingView.ofTeam(hearing, found.reference());
    }

    /** The hearings of the next {@code days} days in the cases the reader is assigned to, soonest first. */
    public List<HearingView> upcoming(CaseReader reader, int days) {
        Instant now = clock.instant();
        return between(reader, now, now.plus(Duration.ofDays(days)));
    }

    /** The hearings from {@code from} (inclusive) to {@code to} in the cases the reader is assigned to: their calendar. */
    @Transactional
    public List<HearingView> between(CaseReader reader, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AssignedHearings.select("h.id, h.reference"))
                .setParameter(1, reader.userId()).setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, to.atOffset(ZoneOffset.UTC)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // The hearings in one query, not one each.
        Map<Long, Hearing> byId = em.createQuery("SELECT h FROM Hearing h WHERE h.id IN :ids", Hearing.class)
                .setParameter("ids", rows.stream().map(row -> ((Number) row[0]).longValue()).toList()).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Hearing::getId, h -> h));
        // Only the cases the reader is assigned to: the team reads its own free text.
        return rows.stream().map(row -> new HearingView(byId.get(((Number) row[0]).longValue()), (String) row[1],
                reader.mayJoinTeams(), true)).toList();
    }

    private static void apply(Hearing hearing, HearingDraft draft, Proceeding proceeding) {
        hearing.setStartsAt(draft.startsAt());
        hearing.setCourt(draft.court() == null || draft.court().isBlank() ? proceeding.getCourt() : draft.court().strip());
        hearing.setPurpose(Text.blankToNull(draft.purpose()));
        hearing.setOutcomeNotes(Text.blankToNull(draft.outcomeNotes()));
    }

    private static void check(HearingDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.startsAt() == null) {
            errors.add(new FieldError("startsAt", "validation.required"));
        } else if (draft.startsAt().atOffset(ZoneOffset.UTC).getYear() < 2003 || draft.startsAt().atOffset(ZoneOffset.UTC).getYear() > 2100) {
            errors.add(new FieldError("startsAt", "validation.range", "2003", "2100"));
        }
        if (draft.court() != null && draft.court().length() > 200) {
            errors.add(new FieldError("court", "validation.tooLong", 200));
        }
        if (draft.purpose() != null && draft.purpose().length() > 500) {
            errors.add(new FieldError("purpose", "validation.tooLong", 500));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A hearing's changes go to its proceeding's revision history, outcome notes only as "(notes)". */
    private void revised(Hearing hearing, String before, Actor actor) {
        String field = "hearing " + hearing.getId();
        revisions.record(ProceedingService.REVISION_TYPE, hearing.getProceedingId(), before == null ? Map.of() : Map.of(field, before),
                Map.of(field, summary(hearing)), actor.username(), clock.instant());
    }

    private static String summary(Hearing hearing) {
        return OffsetDateTime.ofInstant(hearing.getStartsAt(), ZoneOffset.UTC) + " at " + hearing.getCourt()
                + (hearing.getPurpose() == null ? "" : "; purpose: " + hearing.getPurpose())
                + (hearing.getOutcomeNotes() == null ? "" : "; (notes)");
    }

    private void audited(Actor actor, String action, Hearing hearing) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "hearing:" + hearing.getId(), Outcome.SUCCESS,
                "proceeding " + hearing.getProceedingId() + " at " + OffsetDateTime.ofInstant(hearing.getStartsAt(), ZoneOffset.UTC)));
    }
}
