package org.mizan.platform.control;

/**
 * Our own refusals ({@link InvalidInput}, {@link Conflict}, {@link Forbidden}, {@link NotFound}, {@link Unavailable}):
 * what the caller is told, in a request or in a background job alike.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Our own exceptions may arrive wrapped (by a transaction interceptor, or by the persistence provider when a rule
     * fired while the changes were written): the innermost one of ours is what happened; anything else is returned as
     * it came.
     */
    public static Throwable ours(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (isOurs(cause)) {
                return cause;
            }
        }
        return e;
    }

    /** True for a refusal the caller caused (400, 403, 404, 409), as opposed to the server being unable (503, 507). */
    public static boolean isTheCallers(Throwable e) {
        return e instanceof InvalidInput || e instanceof Conflict || e instanceof Forbidden || e instanceof NotFound;
    }

    private static boolean isOurs(Throwable e) {
        return isTheCallers(e) || e instanceof Unavailable;
    }
}
