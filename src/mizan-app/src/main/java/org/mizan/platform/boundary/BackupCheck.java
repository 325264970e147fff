package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mizan.platform.control.BackupStatus;

/**
 * The backups in {@code /health}: {@code backup} is ok, failed, stale, none or unreadable, with the time the newest
 * attempt ended. Always UP: a failed backup needs an administrator, not a load balancer taking a server that works out
 * of service. {@code /health} is public, so it says neither where backups go nor what went wrong; the backups page does.
 */
@Readiness
@ApplicationScoped
public class BackupCheck implements HealthCheck {

    @Inject
    BackupStatus status;

    @Override
    public HealthCheckResponse call() {
        BackupStatus.Snapshot now = status.now();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mizan-backup").up()
                .withData("backup", now.state().wire())
                .withData("scheduled", now.every().isPresent());
        now.last().ifPresent(last -> response.withData("lastBackupAt", last.finished().toString()));
        return response.build();
    }
}
