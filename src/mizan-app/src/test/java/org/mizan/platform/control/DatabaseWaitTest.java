package org.mizan.platform.control;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseWaitTest {

    @Test
    void theFirstConnectionWaitsForADatabaseThatIsNotUpYet() {
        Refusing database = new Refusing(2);
        DatabaseWait wait = DatabaseWait.around(database);
        assertEquals(READY, wait.connect(new Properties(), null), "the third attempt reaches the database");
        assertEquals(3, database.attempts);
    }

    @Test
    void onceConnectedAnOutageFailsAtOnce() {
        Refusing database = new Refusing(0);
        DatabaseWait wait = DatabaseWait.around(database);
        assertEquals(READY, wait.connect(new Properties(), null));
        database.refusals = Integer.MAX_VALUE;
        Connector copy = (Connector) wait.clone();
        assertThrows(DatabaseException.class, () -> copy.connect(new Properties(), null), "no waiting after the first success");
        assertEquals(2, database.attempts);
    }

    @Test
    void theConnectorsAreWrappedWhenTheSessionLogsInNotBefore() {
        ServerSession session = new ServerSession(new Project(new DatabaseLogin()));
        DatabaseWait.installBeforeLogin(session);
        // What EclipseLink does between the customizer and the login at deployment: the data source's connector.
        session.getLogin().setConnector(new JNDIConnector("java:app/jdbc/mizan"));
        session.getEventManager().preLogin(session);
        assertInstanceOf(DatabaseWait.class, ((DatasourceLogin) session.getReadConnectionPool().getLogin()).getConnector(),
                "the read pool connects first while Payara deploys");
        session.getConnectionPools().values().forEach(pool -> assertInstanceOf(DatabaseWait.class,
                ((DatasourceLogin) pool.getLogin()).getConnector()));
        assertInstanceOf(DatabaseWait.class, session.getLogin().getConnector());
    }

    /** What the database hands out once it answers; no real connection is needed to tell it apart from a refusal. */
    private static final Connection READY = null;

    /** A database that refuses its first {@code refusals} connections, as one that is still starting does. */
    private static final class Refusing implements Connector {
        int refusals;
        int attempts;

        Refusing(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public Connection connect(Properties properties, Session session) {
            attempts++;
            if (attempts <= refusals) {
                throw DatabaseException.sqlException(new SQLException("Connection refused"));
            }
            return READY;
        }

        @Override
        public Object clone() {
            return this;
        }

        @Override
        public void toString(PrintWriter writer) {
            writer.print("refusing");
        }

        @Override
        public String getConnectionDetails() {
            return "refusing";
        }
    }
}
