package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.JoinRequest;
import org.mizan.cases.entity.TeamNotice;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Asking to join a case's team instead of joining it. Only a case the asker can see can be asked for — a
 * restricted case they are not on is 404 here as everywhere, so no request ever confirms one exists. The lead
 * or an administrator answers; nobody answers their own request.
 */
@ApplicationScoped
public class JoinRequests {

    public static final String ACTION_ASK = "CASE_JOIN_ASK";
    public static final String ACTION_ANSWER = "CASE_JOIN_ANSWER";

    /** A request as the lead sees it, with the case it is for. */
    public record Pending(String reference, JoinRequest request) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CaseService cases;
    @Inject
    CaseTeamService teams;
    @Inject
    UserDirectory users;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public JoinRequest ask(String reference, String reason, Actor actor, CaseReader reader) {
        ViolationCase c = cases.visible(reference, reader);
        AppUser asker = users.findEnabled(reader.username()).filter(TeamMembers::mayJoin)
                .orElseThrow(() -> new Forbidden(reader.username() + " may not join teams"));
        String why = Reasons.required("reason", reason);
        if (c.isAssigned(asker.getId())) {
            throw new Conflict("case.join.alreadyOnTeam");
        }
        if (pendingOf(c.getId(), asker.getId()) != null) {
            throw new Conflict("case.join.alreadyAsked");
        }
        JoinRequest request = new JoinRequest(c.getId(), asker, why, clock.instant());
        em.persist(request);
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_ASK, "case:" + reference,
                Outcome.SUCCESS, "request " + request.getId() + "; reason: " + why));
        return request;
    }

    /** The case's open requests for its lead or an administrator; for anyone else, only their own requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequest> of(String reference, CaseReader reader) {
        ViolationCase c = cases.visible(reference, reader);
        if (CaseTeamService.mayManage(c, reader)) {
            return em.createQuery("SELECT r FROM JoinRequest r WHERE r.caseId = :case AND r.state = :state ORDER BY r.id",
                    JoinRequest.class).setParameter("case", c.getId()).setParameter("state", JoinRequest.State.PENDING)
                    .getResultList();
        }
        return em.createQuery("SELECT r FROM JoinRequest r WHERE r.caseId = :case AND r.user.id = :user ORDER BY r.id DESC",
                JoinRequest.class).setParameter("case", c.getId()).setParameter("user", reader.userId()).getResultList();
    }

    /** The reader's own open request for the case, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JoinRequest openRequestOf(long caseId, CaseReader reader) {
        return pendingOf(caseId, reader.userId());
    }

    /** Every open request the reader must answer: on the cases they lead, or on every case they see as administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> awaiting(CaseReader reader) {
        String scope = reader.administrator() ? "TRUE" : "c.lead_id = " + reader.userId();
        List<?> rows = em.createNativeQuery("SELECT r.id, c.reference FROM case_join_request r JOIN violation_case c ON c.id = r.case_id "
                + "WHERE r.state = 'PENDING' AND " + scope + " AND " + CaseVisibility.sql("c", reader) + " ORDER BY r.id").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Pending((String) row[1], em.find(JoinRequest.class, ((Number) row[0]).longValue()))).toList();
    }

    @Transactional
    public JoinRequest answer(String reference, long requestId, boolean accept, String note, Actor actor, CaseReader reader) {
        ViolationCase c = cases.visible(reference, reader);
        // Who may answer is checked before the id is looked up: otherwise a 403 for a real request and a 404 for a made-up
        // one would tell anyone which requests exist.
        teams.requireManager(c, reader, actor);
        JoinRequest request = em.find(JoinRequest.class, requestId);
        if (request == null || request.getCaseId() != c.getId()) {
            throw new NotFound("join request " + requestId);
        }
        if (request.getUser().getId() == reader.userId()) {
            throw new Forbidden(reader.username() + " may not answer their own request");
        }
        if (!request.isPending()) {
            throw new Conflict("case.join.answered");
        }
        String why = note == null || note.isBlank() ? null : Reasons.required("note", note);
        Instant now = clock.instant();
        request.answer(accept, actor.username(), now);
        if (accept) {
            teams.admit(c, request.getUser(), why == null ? request.getReason() : why, actor);
        }
        em.persist(new TeamNotice(request.getUser().getId(), c.getId(),
                accept ? TeamNotice.Kind.JOIN_ACCEPTED : TeamNotice.Kind.JOIN_DECLINED, why, actor.username(), now));
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_ANSWER, "case:" + reference,
                Outcome.SUCCESS, "request " + requestId + " of " + request.getUser().getUsername() + ": "
                + request.getState() + (why == null ? "" : "; note: " + why)));
        return request;
    }

    private JoinRequest pendingOf(long caseId, long userId) {
        return em.createQuery("SELECT r FROM JoinRequest r WHERE r.caseId = :case AND r.user.id = :user AND r.state = :state",
                        JoinRequest.class).setParameter("case", caseId).setParameter("user", userId)
                .setParameter("state", JoinRequest.State.PENDING).getResultStream().findFirst().orElse(null);
    }
}
