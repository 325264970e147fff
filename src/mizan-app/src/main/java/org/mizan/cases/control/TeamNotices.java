package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.TeamNotice;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;

import java.time.Clock;
import java.util.List;

/**
 * What the reader must be told about teams since they last looked. A notice names its case only while the reader
 * may still see that case: once taken off a restricted case, they learn that they were taken off a case, not which.
 */
@ApplicationScoped
public class TeamNotices {

    /** A notice as its reader may see it: {@code reference} and {@code reason} are null for a case now out of sight. */
    public record Notice(long id, TeamNotice.Kind kind, String reference, String reason, String by, java.time.Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> unseen(CaseReader reader) {
        List<TeamNotice> notices = em.createQuery("SELECT n FROM TeamNotice n WHERE n.userId = :user AND n.seenAt IS NULL "
                + "ORDER BY n.id DESC", TeamNotice.class).setParameter("user", reader.userId()).getResultList();
        return notices.stream().map(n -> {
            String reference = visibleReference(n.getCaseId(), reader);
            return new Notice(n.getId(), n.getKind(), reference, reference == null ? null : n.getReason(),
                    reference == null ? null : n.getCreatedBy(), n.getCreatedAt());
        }).toList();
    }

    /** The reader has read the notice; someone else's notice is not found. */
    @Transactional
    public void dismiss(long id, CaseReader reader) {
        TeamNotice notice = em.find(TeamNotice.class, id);
        if (notice == null || notice.getUserId() != reader.userId()) {
            throw new NotFound("notice " + id);
        }
        notice.seen(clock.instant());
    }

    private String visibleReference(long caseId, CaseReader reader) {
        List<?> rows = em.createNativeQuery("SELECT c.reference FROM violation_case c WHERE c.id = ?1 AND " + CaseVisibility.sql("c", reader))
                .setParameter(1, caseId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
