package org.mizan.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, the network to it down) rather than
 * anything about the request: such a request is answered 503 with Retry-After, and the client tries again.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01–57P03: the server is shutting down or cannot take connections yet.
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause instanceof ConnectException) {
                return true;
            }
            // The application server's pool, when it could not open a connection at all.
            if (cause.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
