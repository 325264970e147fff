package org.mizan.launcher;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL database as Mizan names it (a JDBC URL, a user, a password), and as PostgreSQL's own tools take it. */
public record DatabaseLocation(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * The libpq form of the URL ({@code postgresql://host:port/database}), without the JDBC driver's parameters, which
     * libpq does not know; the password goes to the tools through {@code PGPASSWORD}, never on their command line.
     */
    public String libpqUri() {
        URI jdbc = URI.create(url.substring("jdbc:".length()));
        String host = jdbc.getHost() == null ? "localhost" : jdbc.getHost();
        String port = jdbc.getPort() < 0 ? "" : ":" + jdbc.getPort();
        return "postgresql://" + host + port + jdbc.getPath();
    }

    /** The database's name, for messages. */
    public String name() {
        return URI.create(url.substring("jdbc:".length())).getPath().substring(1);
    }
}
