package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.cases.entity.Withdrawal;
import org.mizan.platform.control.Forbidden;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes back a case entered by mistake. Never a delete: the row stays with who, when and why, the audit entry carries
 * the reason, and the reference stays taken; from then on {@link CaseVisibility} hides the case from every reader, and
 * only an administrator's list of withdrawn cases names it. The same people who govern the team decide: its lead or an
 * administrator ({@link CaseTeamService#mayManage}).
 */
@ApplicationScoped
public class CaseWithdrawals {

    public static final String ACTION_WITHDRAW = "CASE_WITHDRAW";

    @PersistenceContext
    EntityManager em;
    @Inject
    CaseService cases;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * Whether this reader may withdraw the case: the page shows its button only then. An administrator, or its lead while
     * still an investigator: a lead moved to another role (suspected, say) keeps the lead's mark on the case until an
     * administrator hands it on, and must not be able to make the case and its evidence vanish meanwhile.
     */
    public static boolean mayWithdraw(ViolationCase c, CaseReader reader) {
        return reader.administrator() || reader.mayEdit() && CaseTeamService.mayManage(c, reader);
    }

    @Transactional
    public ViolationCase withdraw(String reference, String reason, Actor actor, CaseReader reader) {
        ViolationCase found = cases.visible(reference, reader);
        if (!mayWithdraw(found, reader)) {
            audit.record(event(actor, found, Outcome.DENIED, "not the case's lead"));
            throw new Forbidden(reader.username() + " does not lead " + reference);
        }
        String why = Reasons.required("reason", reason);
        Instant now = clock.instant();
        found.withdraw(new Withdrawal(actor.username(), now, why));
        found.touch(actor.username(), now);
        em.flush();
        audit.record(event(actor, found, Outcome.SUCCESS, "reason: " + why));
        return found;
    }

    /** Every withdrawn case, most recently withdrawn first: an administrator's, who answers for what was taken back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ViolationCase> withdrawn(CaseReader reader) {
        if (!reader.administrator()) {
            throw new Forbidden(reader.username() + " is not an administrator");
        }
        return em.createQuery("SELECT c FROM ViolationCase c WHERE c.withdrawal.at IS NOT NULL ORDER BY c.withdrawal.at DESC, c.id",
                ViolationCase.class).getResultList();
    }

    private static AuditEvent event(Actor actor, ViolationCase c, Outcome outcome, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), ACTION_WITHDRAW, "case:" + c.getReference(), outcome, details);
    }
}
