package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@link JobStore} of the server: table {@code background_job} (V29). Every method is a transaction of its own: a
 * job's progress and outcome are written from inside the work's transaction, and must be seen while it runs and kept
 * if it rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobTable implements JobStore {

    private static final String COLUMNS = "id, job_group, kind, owner, node, state, progress, result, error_key, "
            + "error_arguments, submitted_at, expires_at";

    @PersistenceContext
    EntityManager em;

    @Override
    public void insert(JobKind kind, String id, String owner, String node, int perUser, Instant now) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "background-job\n" + owner).getSingleResult();
        List<?> unfinished = em.createNativeQuery("SELECT job_group FROM background_job WHERE owner = ?1 "
                + "AND state IN ('QUEUED', 'RUNNING')").setParameter(1, owner).getResultList();
        if (unfinished.stream().filter(kind.group()::equals).count() >= kind.perUser()) {
            throw new Conflict(kind.busyKey(), kind.perUser());
        }
        if (unfinished.size() >= perUser) {
            throw new Conflict(BackgroundJobs.TOO_MANY, perUser);
        }
        em.createNativeQuery("INSERT INTO background_job (id, job_group, kind, owner, node, state, submitted_at, heartbeat_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, 'QUEUED', ?6, ?6)")
                .setParameter(1, id).setParameter(2, kind.group()).setParameter(3, kind.name()).setParameter(4, owner)
                .setParameter(5, node).setParameter(6, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public Optional<Row> find(String id) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM background_job WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(row -> row((Object[]) row)).findFirst();
    }

    @Override
    public void running(String id, Instant now) {
        em.createNativeQuery("UPDATE background_job SET state = 'RUNNING', heartbeat_at = ?2 WHERE id = ?1 AND state = 'QUEUED'")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public void progress(String id, double fraction) {
        em.createNativeQuery("UPDATE background_job SET progress = GREATEST(progress, ?2) WHERE id = ?1 AND state = 'RUNNING'")
                .setParameter(1, id).setParameter(2, fraction).executeUpdate();
    }

    @Override
    public boolean done(String id, String result, Instant now, Duration kept) {
        return em.createNativeQuery("UPDATE background_job SET state = 'DONE', progress = 1, result = ?2, finished_at = ?3, "
                        + "expires_at = ?4 WHERE id = ?1 AND state IN ('QUEUED', 'RUNNING')")
                .setParameter(1, id).setParameter(2, result).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.plus(kept))).executeUpdate() == 1;
    }

    @Override
    public void failed(String id, String errorKey, String errorArguments, Instant now, Duration kept) {
        em.createNativeQuery("UPDATE background_job SET state = 'FAILED', error_key = ?2, error_arguments = ?3, finished_at = ?4, "
                        + "expires_at = ?5 WHERE id = ?1 AND state IN ('QUEUED', 'RUNNING')")
                .setParameter(1, id).setParameter(2, errorKey).setParameter(3, errorArguments)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.plus(kept))).executeUpdate();
    }

    @Override
    public void delete(String id) {
        em.createNativeQuery("DELETE FROM background_job WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> keepNewest(JobKind kind, String owner, int keep) {
        return em.createNativeQuery("DELETE FROM background_job WHERE id IN (SELECT id FROM background_job WHERE kind = ?1 "
                        + "AND owner = ?2 AND finished_at IS NOT NULL ORDER BY finished_at DESC, id OFFSET ?3) RETURNING id")
                .setParameter(1, kind.name()).setParameter(2, owner).setParameter(3, keep).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> deleteExpired(Instant now) {
        return em.createNativeQuery("DELETE FROM background_job WHERE expires_at <= ?1 RETURNING id")
                .setParameter(1, Timestamp.from(now)).getResultList();
    }

    @Override
    public void heartbeat(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE background_job SET heartbeat_at = ?2 WHERE id = ANY (?1) AND state IN ('QUEUED', 'RUNNING')")
                    .setParameter(1, ids.toArray(String[]::new)).setParameter(2, Timestamp.from(now)).executeUpdate();
        }
    }

    @Override
    public int interrupt(String node, Instant silentSince, String errorKey, Instant now, Duration kept) {
        return em.createNativeQuery("UPDATE background_job SET state = 'FAILED', error_key = ?3, error_arguments = '[]', "
                        + "finished_at = ?4, expires_at = ?5 WHERE state IN ('QUEUED', 'RUNNING') "
                        + "AND (node = ?1 OR heartbeat_at < ?2)")
                .setParameter(1, node == null ? "" : node).setParameter(2, Timestamp.from(silentSince))
                .setParameter(3, errorKey).setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(now.plus(kept))).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> ids() {
        return em.createNativeQuery("SELECT id FROM background_job").getResultList();
    }

    private static Row row(Object[] c) {
        return new Row((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], JobState.valueOf((String) c[5]),
                ((Number) c[6]).doubleValue(), (String) c[7], (String) c[8], (String) c[9], instant(c[10]), instant(c[11]));
    }

    private static Instant instant(Object column) {
        return column == null ? null : ((Timestamp) column).toInstant();
    }
}
