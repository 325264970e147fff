package org.mizan.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in between its two steps: the password was right, the code is still to come. Kept in the
 * session (never in the page) and only for a few minutes, so a password typed long ago on a shared
 * computer does not leave a half-open door.
 */
record PendingSignIn(String username, Instant since) implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ATTRIBUTE = "mizan.pendingSignIn";

    /** Starts the code step in a new session id, as a completed sign-in would. */
    static void begin(HttpServletRequest request, String username) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, new PendingSignIn(username, Instant.now()));
    }

    static Optional<PendingSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending) {
            if (Instant.now().isBefore(pending.since().plus(LIFETIME))) {
                return Optional.of(pending);
            }
            session.removeAttribute(ATTRIBUTE);
        }
        return Optional.empty();
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
