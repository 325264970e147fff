package org.mizan.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one connection pool, configured from MicroProfile Config so that the environment variables
 * {@code MIZAN_DB_URL}, {@code MIZAN_DB_USER} and {@code MIZAN_DB_PASSWORD} decide where data lives.
 */
@DataSourceDefinition(
        name = MizanDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=mizan.db.url}",
        user = "${MPCONFIG=mizan.db.user}",
        password = "${MPCONFIG=mizan.db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 24,
        // During an outage a request must learn it within 2 s (and answer 503), not wait out the driver's and the
        // pool's defaults (10 s to connect, 60 s for a pooled connection).
        properties = {"fish.payara.log-jdbc-calls=false", "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit", "fish.payara.max-wait-time-in-millis=2000",
                "connectTimeout=2", "loginTimeout=2"})
@Singleton
public class MizanDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/mizan";
}
