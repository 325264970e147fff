package org.mizan.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection failed three times, 5 s apart: during a database outage every
 * request then hung for about 10 s before failing. One retry after 300 ms still rides over a connection the database
 * dropped while restarting, and an outage is told to the client (503, Retry-After) within a second.
 * The server's first connection waits for a database that is not up yet instead (DatabaseWait).
 * Named in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class ConnectionRetries implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 300;

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(RETRIES);
        session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        DatabaseWait.installBeforeLogin(session);
    }
}
