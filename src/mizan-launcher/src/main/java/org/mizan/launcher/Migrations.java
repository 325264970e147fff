package org.mizan.launcher;

import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with the WAR's own migrations, for programs that run outside the server. */
public final class Migrations {

    private Migrations() {
    }

    public static void migrate(String url, String user, String password) {
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
    }
}
