package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.BackupSettings;
import org.mizan.launcher.Folders;
import org.mizan.launcher.MizanData;
import org.mizan.launcher.ScheduledBackups;
import org.mizan.platform.control.BackupStatus;
import org.mizan.platform.control.Messages;
import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schedule's backups of the running test server, as an administrator and a monitor see them: each run's result in
 * {@code MIZAN_HOME}, read back by the server for the backups page and {@code /health}; the oldest backup deleted once
 * a newer one succeeded; a failed run shown as failed without taking readiness down; the page for administrators only.
 * The runs are called directly, not waited for: the schedule's timing is ScheduledBackupsTest's.
 */
@ExtendWith(MizanServerExtension.class)
class BackupScheduleIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    private final Api api;
    private final MizanServer server;
    private final Path home;
    private final Path to;

    BackupScheduleIT(Api api, MizanServer server) throws IOException {
        this.api = api;
        this.server = server;
        this.home = server.work().resolve("home");
        this.to = Files.createDirectories(server.work().resolve("backup-schedule-it").resolve(Long.toString(System.nanoTime())));
    }

    @AfterEach
    void removeTheBackupsAndTheirResult() throws IOException {
        Folders.deleteRecursively(to.getParent());
        // The other tests' pages show "no backup yet" again, as on a server that never had one.
        Files.deleteIfExists(home.resolve(LastBackup.FILE));
        Files.deleteIfExists(home.resolve("backup-names.key")); // made by the encrypted run; no other test encrypts this home's backups
    }

    private ScheduledBackups schedule(String pgBin) {
        return schedule(pgBin, null);
    }

    private ScheduledBackups schedule(String pgBin, org.mizan.launcher.Sealing sealing) {
        BackupSettings settings = new BackupSettings(Duration.ofHours(24), to, 1, false);
        return new ScheduledBackups(settings, home, ScheduledBackups.backingUp(MizanData.in(server.database(), home), settings, sealing,
                pgBin, backup -> true, Clock.systemUTC()), null);
    }

    private JsonObject healthData() {
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), "a backup never takes readiness down: " + ready.body());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        return health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> "mizan-backup".equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
    }

    @Test
    void scheduledRunsKeepTheNewestAndTheServerShowsTheLastResultToAdministratorsAndInHealth() throws Exception {
        Files.deleteIfExists(home.resolve(LastBackup.FILE));
        assertEquals("none", healthData().getString("backup"));

        ScheduledBackups backups = schedule(null);
        backups.runOnce();
        Thread.sleep(5); // two backups started in the same millisecond would have the same name
        backups.runOnce();
        List<Path> kept;
        try (Stream<Path> entries = Files.list(to)) {
            kept = entries.toList();
        }
        assertEquals(1, kept.size(), "keep=1: the older backup went once the newer one succeeded: " + kept);
        LastBackup last = BackupStatus.read(home.resolve(LastBackup.FILE)).orElseThrow();
        assertTrue(last.ok(), last.toString());
        assertEquals(kept.get(0).getFileName().toString(), last.folder());
        assertEquals(LastBackup.Origin.SCHEDULE, last.by());

        JsonObject data = healthData();
        assertEquals("ok", data.getString("backup"));
        assertEquals(last.finished(), Instant.parse(data.getString("lastBackupAt")));
        assertFalse(data.toString().contains(to.toString()), "/health is public: no path in it");

        String investigator = api.createUser("bkschedinv", "INVESTIGATOR");
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(MizanServer.ADMIN, server.adminPassword());
                browser.open("/admin/backups.xhtml");
                assertEquals(ENGLISH.get("backups.title"), browser.pageTitle());
                assertEquals(last.folder(), browser.find("backupFolder").getText());
                assertEquals(ENGLISH.get("backups.result.ok"), browser.find("result").getText());
                assertFalse(browser.present("warning"), "a recent backup that succeeded needs no warning");
                assertEquals(ENGLISH.get("backups.every.hours", 24), browser.find("interval").getText(), "the test server's schedule");
                assertEquals(ENGLISH.get("backups.encryption.none"), browser.find("encryption").getText(), "a backup in clear says so");

                // The database cannot be dumped (no pg_dump there): the run fails, and says so everywhere.
                schedule(to.resolve("no-such-bin").toString()).runOnce();
                assertEquals("failed", healthData().getString("backup"));
                browser.open("/admin/backups.xhtml");
                assertTrue(browser.present("warning"));
                assertEquals(ENGLISH.get("backups.warning.FAILED"), browser.find("warning").getText().strip());
                assertTrue(browser.find("problems").getText().contains(ENGLISH.get("backups.problem.could-not-run")));
                try (Stream<Path> entries = Files.list(to)) {
                    assertEquals(kept, entries.toList(), "a failed run deletes no backup");
                }

                browser.screenshot("page-en-admin-backups-failed");
                browser.switchLanguage("ar");
                assertEquals(Messages.in(Locale.forLanguageTag("ar")).get("backups.warning.FAILED"), browser.find("warning").getText().strip());
                browser.screenshot("page-ar-admin-backups-failed");

                // Encrypted to the organisation's key: the page names the key, in the reader's language.
                schedule(null, org.mizan.launcher.Sealing.of(Path.of(BackupScheduleIT.class.getResource("/openpgp/organisation.pub.asc")
                        .toURI()), home)).runOnce();
                browser.open("/admin/backups.xhtml");
                assertEquals(Messages.in(Locale.forLanguageTag("ar")).get("backups.encryption.to", "BF722DAEAF4C0231969552488EFF006A9718ADD4"),
                        browser.find("encryption").getText());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("backup-schedule");
                throw e;
            }
        }
        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/admin/backups.xhtml");
            assertEquals(ENGLISH.get("error.403.title"), browser.pageTitle(), "administrators only");
            assertFalse(browser.text().contains(ENGLISH.get("backups.warning.FAILED")));
        }
    }
}
