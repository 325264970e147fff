package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Sha256;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency keys of case creation. A field team on a failing connection retries a POST whose answer never came;
 * with the same {@code Idempotency-Key} the retry gets the case the first attempt created instead of a second one.
 * Requests with the same key take turns (a transaction-scoped advisory lock), so two retries racing each other
 * cannot both create. Keys are the caller's own: another user's key is another key.
 */
@ApplicationScoped
public class CaseRequestKeys {

    /** Printable ASCII without spaces, as in the IETF draft's examples (UUIDs, random strings). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @PersistenceContext
    EntityManager em;

    /** 400 naming the header unless the key is well formed; nothing when there is none. */
    public static void check(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidInput("Idempotency-Key", "case.idempotencyKey.invalid", 200);
        }
    }

    /**
     * Waits for any other request with this key, then the id of the case an earlier request with it created; 409 when
     * that request was a different one (the key reused for another case).
     */
    Optional<Long> earlier(String username, String key, String request) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "case-request-key\n" + username + "\n" + key).getSingleResult();
        List<?> rows = em.createNativeQuery("SELECT request_hash, case_id FROM case_request_key WHERE username = ?1 AND request_key = ?2")
                .setParameter(1, username).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!Sha256.hex(request).equals(row[0])) {
            throw new Conflict("case.idempotencyKey.reused");
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    void remember(String username, String key, String request, long caseId, Instant at) {
        em.createNativeQuery("INSERT INTO case_request_key (username, request_key, request_hash, case_id, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, Sha256.hex(request)).setParameter(4, caseId)
                .setParameter(5, java.sql.Timestamp.from(at)).executeUpdate();
    }
}
