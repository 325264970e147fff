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
        properties = {"fish.payara.log-jdbc-calls=false", "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Singleton
public class MizanDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/mizan";
}
