package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Notes when and from where a session or token was last used, for its owner's list. At most once a
 * minute each: every request comes through here, and a write per request would cost more than it tells.
 */
@ApplicationScoped
public class SignInUse {

    private static final Duration GRAIN = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void webSession(long id, Instant lastUsed, String clientAddress) {
        record("UPDATE WebSession s SET s.lastUsedAt = :now, s.clientAddress = :address WHERE s.id = :id", id, lastUsed, clientAddress);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void token(long id, Instant lastUsed, String clientAddress) {
        record("UPDATE ApiToken t SET t.lastUsedAt = :now, t.clientAddress = :address WHERE t.id = :id", id, lastUsed, clientAddress);
    }

    /** Whether a use at this moment is worth writing down. */
    public boolean due(Instant lastUsed) {
        return lastUsed == null || lastUsed.plus(GRAIN).isBefore(clock.instant());
    }

    private void record(String update, long id, Instant lastUsed, String clientAddress) {
        if (due(lastUsed)) {
            em.createQuery(update).setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .setParameter("address", clientAddress).setParameter("id", id).executeUpdate();
        }
    }
}
