package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Removes one batch — its cases and the persons it created, nothing else — for an administrator. Refused (409)
 * once anyone has built on the batch: a case changed since, evidence, a proceeding or a contact added to one of
 * its cases, or one of its persons named in a case of another batch or typed by hand. Removing those would lose
 * work that is not the import's; the administrator then decides case by case. The batch row stays, marked
 * rolled back, and the audit trail records who did it.
 */
@ApplicationScoped
public class ImportRollback {

    public static final String ACTION_ROLLBACK = "IMPORT_ROLLBACK";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void rollback(long batchId, Actor actor) {
        SqlRunner db = SqlRunner.of(em);
        List<Object[]> batch = db.rows(new SqlStatement("SELECT state FROM import_batch WHERE id = ? FOR UPDATE", List.of(batchId)));
        if (batch.isEmpty()) {
            throw new NotFound("import batch " + batchId);
        }
        if (!"IMPORTED".equals(batch.get(0)[0])) {
            throw new Conflict("import.rollback.already");
        }
        long builtOn = count(db, "SELECT count(*) FROM violation_case c WHERE c.import_batch_id = ? AND (c.version > 0 "
                + "OR EXISTS (SELECT 1 FROM evidence_item e WHERE e.case_id = c.id) "
                + "OR EXISTS (SELECT 1 FROM proceeding_case p WHERE p.case_id = c.id) "
                + "OR EXISTS (SELECT 1 FROM family_contact k WHERE k.case_id = c.id))", batchId)
                + count(db, "SELECT count(*) FROM person p WHERE p.import_batch_id = ? AND (p.version > 0 OR p.merged_into IS NOT NULL "
                + "OR EXISTS (SELECT 1 FROM person m WHERE m.merged_into = p.id) "
                + "OR EXISTS (SELECT 1 FROM proceeding_suspect s WHERE s.person_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM family_contact k WHERE k.person_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM case_party cp JOIN violation_case c ON c.id = cp.case_id WHERE cp.person_id = p.id "
                + "AND c.import_batch_id IS DISTINCT FROM p.import_batch_id))", batchId);
        if (builtOn > 0) {
            throw new Conflict("import.rollback.builtOn", builtOn);
        }
        long cases = count(db, "WITH gone AS (DELETE FROM import_row WHERE batch_id = ? RETURNING case_id) SELECT count(*) FROM gone", batchId);
        db.rows(new SqlStatement("WITH gone AS (DELETE FROM revision r USING violation_case c WHERE r.entity_type = 'CASE' "
                + "AND r.entity_id = c.id AND c.import_batch_id = ? RETURNING 1) SELECT count(*) FROM gone", List.of(batchId)));
        db.rows(new SqlStatement("WITH gone AS (DELETE FROM violation_case WHERE import_batch_id = ? RETURNING 1) SELECT count(*) FROM gone",
                List.of(batchId)));
        db.rows(new SqlStatement("WITH gone AS (DELETE FROM revision r USING person p WHERE r.entity_type = 'PERSON' "
                + "AND r.entity_id = p.id AND p.import_batch_id = ? RETURNING 1) SELECT count(*) FROM gone", List.of(batchId)));
        long persons = count(db, "WITH gone AS (DELETE FROM person WHERE import_batch_id = ? RETURNING 1) SELECT count(*) FROM gone", batchId);
        db.rows(new SqlStatement("UPDATE import_batch SET state = 'ROLLED_BACK', rolled_back_at = ?, rolled_back_by = ? WHERE id = ? "
                + "RETURNING id", List.of(Timestamp.from(clock.instant()), actor.username(), batchId)));
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_ROLLBACK, "import:" + batchId, Outcome.SUCCESS,
                "cases " + cases + ", persons " + persons));
    }

    private static long count(SqlRunner db, String sql, long batchId) {
        return ((Number) db.rows(new SqlStatement(sql, List.of(batchId))).get(0)[0]).longValue();
    }
}
