package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.Revision;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.cases.entity.Withdrawal;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Takes back a person entered by mistake. The record stays, with who, when and why, and the audit entry carries the
 * reason; their parts in the live cases naming them are taken off those cases, each a change in the case's history
 * with the reason, so that no case, export or report names them any more, and {@link PersonService#visibleSql} hides
 * them from every search. Withdrawn cases are left as they were withdrawn.
 *
 * <p>Since it changes every case naming the person, only someone who governs all of them decides: an administrator, or
 * the lead of each (a lead of one case must not strip a perpetrator from a colleague's). A person in no case is
 * withdrawn by an administrator or by whoever recorded them. A person a proceeding holds as a suspect, or one a contact
 * is recorded for, is refused (409): the lawyers' and the contacts' records must be put right first.
 */
@ApplicationScoped
public class PersonWithdrawals {

    public static final String ACTION_WITHDRAW = "PERSON_WITHDRAW";

    @PersistenceContext
    EntityManager em;
    @Inject
    PersonService persons;
    @Inject
    RevisionLog revisions;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * Takes the person off the cases naming them that the reader may see (all of them for an administrator) and, when no
     * other live case names them, withdraws the person. Only what the reader may see decides and is changed: a refusal,
     * or another answer, caused by a case hidden from them would tell them that case exists. A person still named by a
     * case hidden from the withdrawer stays for that case's team; the audit entry says so.
     */
    @Transactional
    public Withdrawal withdraw(long id, String reason, Actor actor, CaseReader reader) {
        Person person = persons.visible(id, reader);
        List<ViolationCase> naming = naming(id);
        List<ViolationCase> seen = reader.administrator() ? naming : visibleTo(naming, reader);
        if (!mayWithdraw(person, seen, reader)) {
            audit.record(event(actor, person, Outcome.DENIED, "does not lead every case naming the person"));
            throw new Forbidden(reader.username() + " may not withdraw person " + id);
        }
        String why = Reasons.required("reason", reason);
        if (heldIn(id, reader)) {
            throw new Conflict("person.withdrawal.stillHeld");
        }
        Instant now = clock.instant();
        for (ViolationCase c : seen) {
            Map<String, String> before = CaseService.snapshot(c);
            c.setParties(c.getParties().stream().filter(p -> !isOf(p, id)).toList());
            Map<String, String> after = CaseService.snapshot(c);
            after.put(CaseTeamService.REASON_FIELD, why);
            revisions.record(Revision.CASE, c.getId(), before, after, actor.username(), now);
            c.touch(actor.username(), now);
        }
        Withdrawal withdrawal = new Withdrawal(actor.username(), now, why);
        int unseen = naming.size() - seen.size();
        if (unseen == 0) {
            person.withdraw(withdrawal);
            person.touch(actor.username(), now);
            // A record merged into this one follows it: it would otherwise stand alone, in no case, for anyone to find.
            em.createQuery("SELECT p FROM Person p WHERE p.mergedInto = :id", Person.class).setParameter("id", id)
                    .getResultStream().forEach(merged -> merged.withdraw(withdrawal));
        }
        em.flush();
        audit.record(event(actor, person, Outcome.SUCCESS, "cases: "
                + seen.stream().map(ViolationCase::getReference).collect(Collectors.joining(", ")) + "; reason: " + why
                + (unseen == 0 ? "" : "; kept for " + unseen + " case(s) the withdrawer may not see")));
        return withdrawal;
    }

    private List<ViolationCase> visibleTo(List<ViolationCase> cases, CaseReader reader) {
        if (cases.isEmpty()) {
            return cases;
        }
        Set<Long> visible = ((List<?>) em.createNativeQuery("SELECT c.id FROM violation_case c WHERE c.id = ANY(CAST(?1 AS bigint[])) AND "
                        + CaseVisibility.sql("c", reader))
                .setParameter(1, cases.stream().map(c -> c.getId().toString()).collect(Collectors.joining(",", "{", "}")))
                .getResultList()).stream().map(v -> ((Number) v).longValue()).collect(Collectors.toSet());
        return cases.stream().filter(c -> visible.contains(c.getId())).toList();
    }

    private static boolean mayWithdraw(Person person, List<ViolationCase> naming, CaseReader reader) {
        if (reader.administrator()) {
            return true;
        }
        if (naming.isEmpty()) {
            return reader.mayEdit() && person.getCreatedBy().equals(reader.username());
        }
        return naming.stream().allMatch(c -> CaseWithdrawals.mayWithdraw(c, reader));
    }

    /** The live cases naming the person (a withdrawn case is not changed any more). */
    private List<ViolationCase> naming(long id) {
        return em.createQuery("SELECT DISTINCT cp.violationCase FROM CaseParty cp WHERE cp.person.id = :id "
                + "AND cp.violationCase.withdrawal.at IS NULL", ViolationCase.class).setParameter("id", id).getResultList();
    }

    /** Whether a proceeding or a contact the reader may see holds the person (one hidden from them would be told by a 409). */
    private boolean heldIn(long id, CaseReader reader) {
        String visible = CaseVisibility.sql("c", reader);
        return !em.createNativeQuery("SELECT 1 FROM proceeding_suspect s JOIN proceeding_case pr ON pr.proceeding_id = s.proceeding_id "
                        + "JOIN violation_case c ON c.id = pr.case_id WHERE s.person_id = ?1 AND " + visible + " UNION ALL "
                        + "SELECT 1 FROM family_contact f JOIN violation_case c ON c.id = f.case_id WHERE f.person_id = ?1 AND " + visible
                        + " LIMIT 1").setParameter(1, id).getResultList().isEmpty();
    }

    private static boolean isOf(CaseParty party, long personId) {
        return party.getPerson() != null && party.getPerson().getId() == personId;
    }

    private static AuditEvent event(Actor actor, Person person, Outcome outcome, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), ACTION_WITHDRAW, "person:" + person.getId(), outcome, details);
    }
}
