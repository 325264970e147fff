package org.mizan.memorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseTeams;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;

import java.util.List;

/**
 * Who may touch a case's publication approvals. The team reads them; only the case's lead or an administrator writes and
 * approves, because approving is vouching for what the public reads about a family. Anyone not on the team gets 404, as
 * if the case had nothing to publish: an insider with an account learns nothing about which families consented.
 */
@ApplicationScoped
public class MemorialAccess {

    @Inject
    CaseTeams teams;
    @PersistenceContext
    EntityManager em;

    /** The case's id when the reader is an administrator or on its team; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long teamCase(String reference, CaseReader reader) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        if (!reader.administrator() && !membership.onTeam()) {
            throw new NotFound("case " + reference);
        }
        return membership.caseId();
    }

    /** {@link #teamCase}, and then 403 unless the reader is the case's lead or an administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long leadCase(String reference, CaseReader reader) {
        long caseId = teamCase(reference, reader);
        if (!reader.administrator() && em.createNativeQuery("SELECT 1 FROM violation_case WHERE id = ?1 AND lead_id = ?2")
                .setParameter(1, caseId).setParameter(2, reader.userId()).getResultList().isEmpty()) {
            throw new Forbidden(reader.username() + " is not the lead of case " + reference);
        }
        return caseId;
    }

    /** 404 unless the person is a victim of the case: texts and photos are about victims, never witnesses or suspects. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVictim(long caseId, long personId) {
        List<?> rows = em.createNativeQuery("SELECT 1 FROM case_party WHERE case_id = ?1 AND person_id = ?2 AND role = 'VICTIM'")
                .setParameter(1, caseId).setParameter(2, personId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("victim " + personId);
        }
    }
}
