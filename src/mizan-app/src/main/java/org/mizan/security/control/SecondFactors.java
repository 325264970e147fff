package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.RecoveryCode;
import org.mizan.security.entity.SecondFactor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Each user's authenticator app: enrolment (a secret shown once as a QR code, confirmed with a code
 * from the app, and ten recovery codes), the check at sign-in, and the reset an administrator makes
 * when a phone is lost. Enrolment and reset are audited; the sign-in check is audited by its caller.
 */
@ApplicationScoped
public class SecondFactors {

    public static final String ACTION_ENROL = "SECOND_FACTOR_ENROL";
    public static final String ACTION_RESET = "SECOND_FACTOR_RESET";
    static final String ISSUER = "Mizan";

    /** How a code given at sign-in fared. */
    public enum Check { NOT_ENROLLED, MISSING, WRONG, PASSED, RECOVERY_CODE_USED }

    /** What the enrolment page shows: the secret (once, to be scanned or typed) and the address for the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    /** Where a user stands, for their own page and the administrators'. */
    public record Status(boolean enrolled, Instant enrolledAt, long recoveryCodesLeft, boolean mustEnrol) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    SecretSealer sealer;
    @Inject
    SecondFactorPolicy policy;
    @Inject
    UserDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    SignIns signIns;

    @Inject
    Clock clock;

    /** Whether this user may not go on (pages, tokens) before setting up an authenticator. */
    public boolean mustEnrol(AppUser user) {
        SecondFactor factor = em.find(SecondFactor.class, user.getId());
        if (factor != null && factor.isEnrolled()) {
            return false;
        }
        return factor != null && factor.isReenrolRequired() || policy.requires(user);
    }

    public Status status(AppUser user) {
        SecondFactor factor = em.find(SecondFactor.class, user.getId());
        long left = em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.userId = :user AND c.usedAt IS NULL", Long.class)
                .setParameter("user", user.getId()).getSingleResult();
        boolean enrolled = factor != null && factor.isEnrolled();
        return new Status(enrolled, enrolled ? factor.getEnrolledAt() : null, enrolled ? left : 0, mustEnrol(user));
    }

    /**
     * Checks {@code otp} (an app code or a recovery code) for a user whose password was just verified.
     * The row is locked, so one code cannot be spent twice by two requests at once.
     */
    @Transactional
    public Check check(AppUser user, String otp) {
        SecondFactor factor = em.find(SecondFactor.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || !factor.isEnrolled()) {
            return Check.NOT_ENROLLED;
        }
        if (otp == null || otp.isBlank()) {
            return Check.MISSING;
        }
        Instant now = clock.instant();
        if (Totp.looksLikeCode(otp)) {
            OptionalLong step = Totp.acceptedStep(secretOf(factor), otp, now, factor.getLastUsedStep());
            step.ifPresent(factor::spend);
            return step.isPresent() ? Check.PASSED : Check.WRONG;
        }
        if (!RecoveryCodes.looksLikeCode(otp)) {
            return Check.WRONG;
        }
        List<RecoveryCode> unused = em.createQuery("SELECT c FROM RecoveryCode c WHERE c.userId = :user "
                        + "AND c.codeHash = :hash AND c.usedAt IS NULL", RecoveryCode.class)
                .setParameter("user", user.getId()).setParameter("hash", RecoveryCodes.hash(otp)).getResultList();
        if (unused.isEmpty()) {
            return Check.WRONG;
        }
        unused.get(0).use(now);
        return Check.RECOVERY_CODE_USED;
    }

    /** A new secret waiting to be confirmed; a user who has an authenticator asks an administrator for a reset. */
    @Transactional
    public Enrolment startEnrolment(String username) {
        AppUser user = signedIn(username);
        SecondFactor factor = em.find(SecondFactor.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (factor == null) {
            factor = new SecondFactor(user);
            em.persist(factor);
        }
        if (factor.isEnrolled()) {
            throw new Conflict("twoFactor.alreadyEnrolled");
        }
        String secret = Totp.newSecret();
        factor.offer(sealer.seal(secret, SecondFactor.TABLE, SecondFactor.PENDING_SECRET_COLUMN, user.getId()));
        return new Enrolment(secret, Totp.uri(ISSUER, user.getUsername(), secret));
    }

    /** The app shows the right code: the waiting secret becomes the user's, with ten new recovery codes, shown once. */
    @Transactional
    public List<String> confirmEnrolment(String code, Actor actor, SignInRef keep) {
        AppUser user = signedIn(actor.username());
        SecondFactor factor = em.find(SecondFactor.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (factor != null && factor.isEnrolled()) {
            throw new Conflict("twoFactor.alreadyEnrolled");
        }
        if (factor == null || factor.sealedPendingSecret() == null) {
            throw new InvalidInput("code", "twoFactor.notStarted");
        }
        String secret = sealer.open(factor.sealedPendingSecret(), SecondFactor.TABLE, SecondFactor.PENDING_SECRET_COLUMN,
                user.getId());
        Instant now = clock.instant();
        OptionalLong step = Totp.acceptedStep(secret, code, now, 0);
        if (step.isEmpty()) {
            audit.record(event(actor, user, Outcome.FAILURE, "the code from the app did not match"));
            throw new InvalidInput("code", "twoFactor.codeWrong");
        }
        factor.enrol(sealer.seal(secret, SecondFactor.TABLE, SecondFactor.SECRET_COLUMN, user.getId()), step.getAsLong(), now);
        List<String> codes = replaceRecoveryCodes(user);
        audit.record(event(actor, user, Outcome.SUCCESS, RecoveryCodes.COUNT + " recovery codes issued"));
        // A new second factor ends every other session and token: one opened before it may be an intruder's.
        signIns.endOthers(user, keep, actor, "second factor enrolled");
        return codes;
    }

    /** Lost phone: the authenticator and the recovery codes are forgotten; the user sets up a new one at next sign-in. */
    @Transactional
    public void reset(String username, Actor admin) {
        AppUser user = directory.find(username).orElseThrow(() -> new NotFound("user " + username));
        SecondFactor factor = em.find(SecondFactor.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (factor == null) {
            factor = new SecondFactor(user);
            em.persist(factor);
        }
        factor.requireReenrolment();
        deleteRecoveryCodes(user);
        // Whoever had the lost phone may be signed in with it: every session and token of the user ends.
        signIns.endOthers(user, null, admin, "second factor reset");
        audit.record(new AuditEvent(admin.username(), admin.clientAddress(), ACTION_RESET, "user:" + user.getUsername(),
                Outcome.SUCCESS, "new enrolment required at next sign-in"));
    }

    private List<String> replaceRecoveryCodes(AppUser user) {
        deleteRecoveryCodes(user);
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(code -> em.persist(new RecoveryCode(user, RecoveryCodes.hash(code))));
        return codes;
    }

    private void deleteRecoveryCodes(AppUser user) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.userId = :user").setParameter("user", user.getId()).executeUpdate();
    }

    private String secretOf(SecondFactor factor) {
        return sealer.open(factor.sealedSecret(), SecondFactor.TABLE, SecondFactor.SECRET_COLUMN, factor.getId());
    }

    private AppUser signedIn(String username) {
        return directory.findEnabled(username).orElseThrow(() -> new NotFound("user " + username));
    }

    private static AuditEvent event(Actor actor, AppUser user, Outcome outcome, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), ACTION_ENROL, "user:" + user.getUsername(), outcome, details);
    }
}
