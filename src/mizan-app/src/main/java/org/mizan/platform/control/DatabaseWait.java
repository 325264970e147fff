package org.mizan.platform.control;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Payara connects EclipseLink while it deploys Mizan, before any of Mizan's code runs, and a refused or timed-out
 * connection then fails the deployment for good. The database may not answer yet: the run command starts its embedded
 * PostgreSQL beside Payara Micro, a container's database may come up after Mizan, and a loaded machine may take longer
 * than the pool's 2 s. Until the server's first connection succeeds, a failed one is retried every second for up to
 * {@link #PATIENCE}; after that an outage fails fast again (a 503 within seconds), as it must.
 */
final class DatabaseWait implements Connector {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseWait.class.getName());
    static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration PAUSE = Duration.ofSeconds(1);
    /** Logged on the first refusal and then every this many, so the log says why start-up waits without filling up. */
    private static final int LOG_EVERY = 10;

    private final Connector connector;
    /** Shared by the copies EclipseLink makes of its login: once one connected, none waits again. */
    private final AtomicBoolean connectedOnce;

    private DatabaseWait(Connector connector, AtomicBoolean connectedOnce) {
        this.connector = connector;
        this.connectedOnce = connectedOnce;
    }

    /**
     * Puts the wait in front of the session's connectors just before it logs in. Not earlier: EclipseLink replaces a
     * connector that is no JNDIConnector when it applies the data source at deployment, after a customizer ran.
     */
    static void installBeforeLogin(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preLogin(SessionEvent event) {
                install(event.getSession());
            }
        });
    }

    /** The session's own login and its connection pools' (a server session's pools may hold logins of their own). */
    static void install(Session session) {
        AtomicBoolean connectedOnce = new AtomicBoolean();
        List<Login> logins = new ArrayList<>(List.of(session.getDatasourceLogin()));
        if (session instanceof ServerSession server) {
            logins.add(server.getReadConnectionPool().getLogin());
            server.getConnectionPools().values().forEach(pool -> logins.add(pool.getLogin()));
        }
        for (Login login : logins) {
            if (login instanceof DatasourceLogin datasource && !(datasource.getConnector() instanceof DatabaseWait)) {
                datasource.setConnector(new DatabaseWait(datasource.getConnector(), connectedOnce));
            }
        }
    }

    static DatabaseWait around(Connector connector) {
        return new DatabaseWait(connector, new AtomicBoolean());
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        if (connectedOnce.get()) {
            return connector.connect(properties, session);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                Connection connection = connector.connect(properties, session);
                connectedOnce.set(true);
                return connection;
            } catch (DatabaseException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                if (attempt % LOG_EVERY == 0) {
                    LOG.warning(() -> "Mizan is waiting for its database (" + rootMessage(refused) + "); trying again every "
                            + PAUSE.toSeconds() + " s for up to " + PATIENCE.toSeconds() + " s");
                }
                pause(refused);
            }
        }
    }

    private static void pause(DatabaseException refused) {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused;
        }
    }

    /** The innermost cause's message: the driver's own words ("Connection refused"), never a URL with credentials. */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public Object clone() {
        return new DatabaseWait((Connector) connector.clone(), connectedOnce);
    }

    @Override
    public void toString(PrintWriter writer) {
        connector.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return connector.getConnectionDetails();
    }
}
