package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.ApiToken;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.WebSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every way a user is signed in — web sessions and API tokens — kept where any request can end them:
 * a new password, a reset, revoked tokens or a role taken away end all of a user's sessions and tokens
 * but the one the change was made with.
 */
@ApplicationScoped
public class SignIns {

    /** Request attribute holding the {@link SignInRef} this request was made with. */
    public static final String CURRENT = SignIns.class.getName() + ".current";
    public static final String ACTION_END_OTHERS = "SIGN_OUT_ELSEWHERE";

    /** A new web session: the key for the page session (shown to nobody), and which session it is. */
    public record Opened(String key, SignInRef ref) {
    }

    /** A web session taken up again by a later request. */
    public record Resumed(AppUser user, SignInRef ref) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    SignInUse use;
    @Inject
    @ConfigProperty(name = "mizan.security.session.idle", defaultValue = "PT30M")
    String idle;

    @Inject
    Clock clock;

    @Transactional
    public Opened open(AppUser user, String clientAddress) {
        String key = SecretTokens.generate();
        WebSession session = new WebSession(em.getReference(AppUser.class, user.getId()), SecretTokens.hash(key),
                clock.instant(), clientAddress);
        em.persist(session);
        em.flush();
        return new Opened(key, new SignInRef(SignInRef.Kind.WEB, session.getId()));
    }

    /** The user of a web session that nobody has ended, whose account is still enabled. */
    @Transactional
    public Optional<Resumed> resume(String key, String clientAddress) {
        if (key == null || key.length() > 100) {
            return Optional.empty();
        }
        Optional<WebSession> session = em.createNamedQuery(WebSession.BY_KEY_HASH, WebSession.class)
                .setParameter("hash", SecretTokens.hash(key)).getResultStream().findFirst().filter(WebSession::isOpen);
        session.filter(s -> use.due(s.getLastUsedAt())).ifPresent(s -> use.webSession(s.getId(), s.getLastUsedAt(), clientAddress));
        return session.map(s -> new Resumed(s.getUser(), new SignInRef(SignInRef.Kind.WEB, s.getId())));
    }

    /** Ends one web session (signing out, or the container letting an idle session go). */
    @Transactional
    public void end(String key) {
        if (key != null) {
            em.createQuery("UPDATE WebSession s SET s.endedAt = :now WHERE s.keyHash = :hash AND s.endedAt IS NULL")
                    .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .setParameter("hash", SecretTokens.hash(key)).executeUpdate();
        }
    }

    /** The user's web sessions and tokens that still work, newest use first, marking the one of this request. */
    @Transactional
    public List<ActiveSignIn> of(AppUser user, SignInRef current) {
        Instant now = clock.instant();
        Stream<ActiveSignIn> web = em.createQuery("SELECT s FROM WebSession s WHERE s.user.id = :user"
                        + " AND s.endedAt IS NULL AND s.lastUsedAt > :idleSince", WebSession.class)
                .setParameter("user", user.getId())
                .setParameter("idleSince", now.minus(Duration.parse(idle)).atOffset(ZoneOffset.UTC))
                .getResultStream()
                .map(s -> new ActiveSignIn(SignInRef.Kind.WEB, s.getCreatedAt(), s.getLastUsedAt(), s.getClientAddress(),
                        s.getId() == SignInRef.idOf(current, SignInRef.Kind.WEB)));
        Stream<ActiveSignIn> tokens = em.createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :user"
                        + " AND t.revokedAt IS NULL AND t.expiresAt > :now", ApiToken.class)
                .setParameter("user", user.getId())
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultStream()
                .map(t -> new ActiveSignIn(SignInRef.Kind.TOKEN, t.getCreatedAt(), t.getLastUsedAt(), t.getClientAddress(),
                        t.getId() == SignInRef.idOf(current, SignInRef.Kind.TOKEN)));
        return Stream.concat(web, tokens).sorted(Comparator.comparing(ActiveSignIn::lastUsedAt).reversed()).toList();
    }

    /**
     * Ends every web session and revokes every token of {@code user} except {@code keep} (the one the
     * change was made with, when it is the user's own; null keeps none). Audited with {@code why}.
     */
    @Transactional
    public int endOthers(AppUser user, SignInRef keep, Actor actor, String why) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int sessions = em.createQuery("UPDATE WebSession s SET s.endedAt = :now"
                        + " WHERE s.user.id = :user AND s.endedAt IS NULL AND s.id <> :keep")
                .setParameter("now", now).setParameter("user", user.getId())
                .setParameter("keep", SignInRef.idOf(keep, SignInRef.Kind.WEB)).executeUpdate();
        int tokens = em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now"
                        + " WHERE t.user.id = :user AND t.revokedAt IS NULL AND t.id <> :keep")
                .setParameter("now", now).setParameter("user", user.getId())
                .setParameter("keep", SignInRef.idOf(keep, SignInRef.Kind.TOKEN)).executeUpdate();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_END_OTHERS,
                "user:" + user.getUsername(), Outcome.SUCCESS,
                why + "; " + sessions + " web session(s) and " + tokens + " token(s) ended"));
        return sessions + tokens;
    }
}
