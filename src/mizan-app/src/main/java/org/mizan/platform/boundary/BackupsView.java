package org.mizan.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.control.BackupState;
import org.mizan.platform.control.BackupStatus;
import org.mizan.platform.entity.LastBackup;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The backups page (administrators, by web.xml's /admin/*): the schedule the launcher runs and the newest result it
 * left, with a warning when that failed, is late or is missing. It reads; backups are made by the launcher, never by
 * the server, which must not hold the database dump's rights or the time a backup takes.
 */
@Named
@RequestScoped
public class BackupsView {

    /** UTC like the audit trail: a backup is an operator's matter, and the console prints UTC folder names. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    BackupStatus status;

    private BackupStatus.Snapshot now;

    @PostConstruct
    void read() {
        now = status.now();
    }

    public String getState() {
        return now.state().name();
    }

    public boolean isAttention() {
        return now.state().needsAttention();
    }

    /** The warning for the state; its text names the interval when the backup is late. */
    public String getWarning() {
        return now.state() == BackupState.STALE
                ? PageMessages.text("backups.warning.STALE",
                        duration("backups.duration.", now.every().orElseThrow().multipliedBy(BackupState.STALE_AFTER_INTERVALS)),
                        interval(now.every().orElseThrow()))
                : PageMessages.text("backups.warning." + now.state().name());
    }

    public boolean isScheduled() {
        return now.every().isPresent();
    }

    public String getInterval() {
        return now.every().map(BackupsView::interval).orElse("");
    }

    public String getFolder() {
        return now.to().orElse("");
    }

    /** How many backups the schedule keeps; empty when the setting is not known here. */
    public String getKeep() {
        return now.keep().map(String::valueOf).orElse("");
    }

    public boolean isKnown() {
        return now.last().isPresent();
    }

    /** Whether the newest attempt wrote a backup folder at all (one that could not run wrote none). */
    public boolean isWritten() {
        return now.last().orElseThrow().folder() != null;
    }

    /** The name of the folder the newest backup wrote: a UTC time, never where it lies. */
    public String getBackupFolder() {
        return now.last().orElseThrow().folder();
    }

    /** (Records have no bean properties for EL 5: the page reads the result through these.) */
    public String getStarted() {
        return TIME.format(now.last().orElseThrow().started());
    }

    public String getFinished() {
        return TIME.format(now.last().orElseThrow().finished());
    }

    public String getResult() {
        return PageMessages.text(now.last().orElseThrow().ok() ? "backups.result.ok" : "backups.result.failed");
    }

    public String getVerified() {
        Boolean verified = now.last().orElseThrow().verified();
        return PageMessages.text(verified == null ? "backups.verified.notAsked" : verified ? "backups.verified.yes" : "backups.verified.no");
    }

    public String getObjects() {
        LastBackup last = now.last().orElseThrow();
        return PageMessages.text("backups.objects.count", last.objects(), last.linked());
    }

    /** "Encrypted to the organisation's key …", or a backup in clear: whoever holds a copy reads it. */
    public String getEncryption() {
        String key = now.last().orElseThrow().encryptedTo();
        return key == null ? PageMessages.text("backups.encryption.none") : PageMessages.text("backups.encryption.to", key);
    }

    public boolean isEncrypted() {
        return now.last().orElseThrow().encryptedTo() != null;
    }

    public String getBy() {
        return PageMessages.text("backups.by." + now.last().orElseThrow().by().name());
    }

    /** Each problem's text in the page's language; a name this server does not know is shown as it is. */
    public List<String> getProblems() {
        return now.last().orElseThrow().problems().stream().map(BackupsView::problem).toList();
    }

    public int getProblemCount() {
        return now.last().orElseThrow().problemCount();
    }

    private static String problem(String name) {
        String text = PageMessages.text("backups.problem." + name);
        return text.equals("backups.problem." + name) ? name : text;
    }

    /** "every 24 hours" or "every 90 minutes", in the page's language. */
    static String interval(Duration every) {
        return duration("backups.every.", every);
    }

    /** In whole hours when it is some, else in minutes: the launcher takes no interval under a minute. */
    private static String duration(String keyPrefix, Duration duration) {
        return duration.toMinutes() % 60 == 0 ? PageMessages.text(keyPrefix + "hours", duration.toHours())
                : PageMessages.text(keyPrefix + "minutes", duration.toMinutes());
    }
}
