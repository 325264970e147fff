package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.legal.entity.CalendarFeed;
import org.mizan.security.control.SecretTokens;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each lawyer's private calendar feed: a secret token in a URL, because phone calendars cannot sign in.
 * A user has at most one live feed; issuing a new one revokes the old. The feed answers only while its
 * owner is enabled and still a lawyer, and shows the hearings of the cases they are assigned to now.
 *
 * <p>Issuing and revoking are audited (the user name and the feed's row id, never the token). Fetches
 * are not: subscribed phones poll every hour or so, which would bury the audit trail (and queue every
 * poll behind its chain lock); the feed's {@code last_fetched_at} says instead whether it is still read.
 * Refused fetches are not recorded either: anyone can send them, so recording them would hand strangers
 * a way to flood the trail, and a 256-bit token cannot be guessed, so there is nothing to throttle —
 * throttling by address would even lock a lawyer's office out of signing in while a phone keeps polling
 * a revoked URL (the login throttle counts per address).
 */
@ApplicationScoped
public class CalendarFeeds {

    public static final String ACTION_ISSUE = "CALENDAR_FEED_ISSUE";
    public static final String ACTION_REVOKE = "CALENDAR_FEED_REVOKE";
    /** Who may hold a feed: lawyers, whose hearings these are. Keep in step with the resource's @RolesAllowed. */
    public static final Role OWNER_ROLE = Role.LAWYER;
    /** Recent hearings stay, so a lawyer can look back at last week's; a year ahead covers any adjournment. */
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(365);
    /** What {@link SecretTokens#generate()} makes; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A feed as handed to its owner, once. */
    public record IssuedFeed(String token, Instant createdAt) {
    }

    /** What the owner may know about their feed later: never the token again. */
    public record FeedStatus(Instant createdAt, Optional<Instant> lastFetchedAt) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Optional<FeedStatus> status(long userId) {
        return live(userId).map(feed -> new FeedStatus(feed.getCreatedAt(), feed.getLastFetchedAt()));
    }

    /** A new feed for the user, revoking the one they had. */
    @Transactional
    public IssuedFeed issue(long userId, Actor actor) {
        lockOwner(userId);
        Instant now = clock.instant();
        Optional<CalendarFeed> previous = live(userId);
        previous.ifPresent(feed -> feed.revoke(now));
        em.flush(); // the old row leaves the one-live-feed index before the new one enters it
        String token = SecretTokens.generate();
        CalendarFeed feed = new CalendarFeed(userId, SecretTokens.hash(token), now);
        em.persist(feed);
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_ISSUE, "calendar-feed:" + feed.getId(),
                Outcome.SUCCESS, previous.map(old -> "replaces calendar-feed:" + old.getId()).orElse(null)));
        return new IssuedFeed(token, feed.getCreatedAt());
    }

    /** Revokes the user's feed; false when they had none. */
    @Transactional
    public boolean revoke(long userId, Actor actor) {
        lockOwner(userId);
        Optional<CalendarFeed> feed = live(userId);
        feed.ifPresent(f -> {
            f.revoke(clock.instant());
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_REVOKE, "calendar-feed:" + f.getId(),
                    Outcome.SUCCESS, null));
        });
        return feed.isPresent();
    }

    /**
     * The hearings a feed token shows, soonest first; empty when the token is unknown or revoked, or its
     * owner is disabled or no longer a lawyer — the caller cannot tell which, and should not.
     */
    @Transactional
    public Optional<List<FeedHearing>> hearings(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> found = em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash AND f.revokedAt IS NULL",
                CalendarFeed.class).setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        AppUser owner = em.find(AppUser.class, feed.getUserId());
        if (owner == null || !owner.isEnabled() || !owner.hasRole(OWNER_ROLE)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        feed.fetched(now);
        return Optional.of(assigned(owner.getId(), now.minus(PAST), now.plus(AHEAD)));
    }

    /**
     * The hearings of the cases the user is on the team of, read column by column: outcome notes never
     * leave the database on this path. (HearingService.upcoming reads whole hearings, from now on.)
     */
    private List<FeedHearing> assigned(long userId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        AssignedHearings.select("h.id, h.reference, h.starts_at, h.court, h.purpose, h.version, h.updated_at"))
                .setParameter(1, userId).setParameter(2, from.atOffset(ZoneOffset.UTC)).setParameter(3, to.atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new FeedHearing(((Number) row[0]).longValue(), (String) row[1], instant(row[2]),
                (String) row[3], (String) row[4], ((Number) row[5]).longValue(), instant(row[6]))).toList();
    }

    private Optional<CalendarFeed> live(long userId) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.userId = :user AND f.revokedAt IS NULL", CalendarFeed.class)
                .setParameter("user", userId).getResultStream().findFirst();
    }

    /** Two requests of one user at once would both find no live feed and both insert one: one waits instead. */
    private void lockOwner(long userId) {
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, userId).getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected time type " + (value == null ? null : value.getClass()));
    }
}
