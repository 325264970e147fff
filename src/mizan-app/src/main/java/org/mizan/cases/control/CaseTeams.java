package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;

import java.util.List;

/**
 * A case as the components built on it ask for it: is it visible to this reader, and are they on
 * its team — an investigator or lawyer assigned to it (contacts' need-to-know, proceedings' editors,
 * the investigators who change its facts and evidence). Only {@link CaseTeamService} changes a team.
 * A case the reader may not see answers 404, as everywhere.
 */
@ApplicationScoped
public class CaseTeams {

    /** A visible case's id and whether the reader is on its team. */
    public record Membership(long caseId, boolean onTeam) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership membership(String reference, CaseReader reader) {
        List<?> rows = em.createNativeQuery("SELECT c.id, EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = c.id "
                        + "AND a.user_id = ?1) FROM violation_case c WHERE c.reference = ?2 AND " + CaseVisibility.sql("c", reader))
                .setParameter(1, reader.userId()).setParameter(2, reference).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("case " + reference);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Membership(((Number) row[0]).longValue(), reader.mayJoinTeams() && Boolean.TRUE.equals(row[1]));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean onTeam(long caseId, CaseReader reader) {
        return reader.mayJoinTeams() && !em.createNativeQuery("SELECT 1 FROM case_assignee a JOIN violation_case c ON c.id = a.case_id "
                        + "WHERE a.case_id = ?1 AND a.user_id = ?2 AND " + CaseVisibility.live("c"))
                .setParameter(1, caseId).setParameter(2, reader.userId()).getResultList().isEmpty();
    }

    /**
     * A case's facts, parties and evidence are changed by the investigators on its team (its lead included), by
     * nobody else: 403 for an investigator who may see the case but is not on its team.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireTeamEditor(long caseId, CaseReader reader) {
        reader.requireEditor();
        if (!onTeam(caseId, reader)) {
            throw new Forbidden(reader.username() + " is not on the team of case " + caseId);
        }
    }

    /** The reference of a case the reader may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String reference(long caseId, CaseReader reader) {
        List<?> rows = em.createNativeQuery("SELECT c.reference FROM violation_case c WHERE c.id = ?1 AND " + CaseVisibility.sql("c", reader))
                .setParameter(1, caseId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("case " + caseId);
        }
        return (String) rows.get(0);
    }
}
