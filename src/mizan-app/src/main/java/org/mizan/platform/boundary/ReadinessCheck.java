package org.mizan.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mizan.platform.control.MizanDataSource;
import org.mizan.platform.control.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only when the database answers and every migration is applied. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schemaMigration;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean schema = database && schemaMigration.isComplete();
        return HealthCheckResponse.named("mizan-database")
                .status(database && schema)
                .withData("database", database)
                .withData("migrations", schema)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
