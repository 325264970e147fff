package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The backups as the server sees them: the schedule the launcher runs ({@code mizan.backup.every}, {@code .to},
 * {@code .keep}, the settings the launcher reads too) and the newest result the backup command left in
 * {@code MIZAN_HOME} ({@link LastBackup#FILE}). The server makes no backup itself; it reads the file afresh each time,
 * since another process writes it (by rename, so it is never seen half-written).
 */
@ApplicationScoped
public class BackupStatus {

    /** What is known at one moment. {@code last} is empty when there is no result, or none that can be read. */
    public record Snapshot(BackupState state, Optional<LastBackup> last, Optional<Duration> every, Optional<String> to,
                           Optional<Integer> keep) {
    }

    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;
    @Inject
    @ConfigProperty(name = "mizan.backup.every")
    Optional<String> every;
    @Inject
    @ConfigProperty(name = "mizan.backup.to")
    Optional<String> to;
    @Inject
    @ConfigProperty(name = "mizan.backup.keep")
    Optional<String> keep;
    @Inject
    Clock clock;

    public Snapshot now() {
        Optional<Duration> interval = interval(every);
        Optional<LastBackup> last;
        BackupState state;
        try {
            last = read(DataFolder.of(home).resolve(LastBackup.FILE));
            state = BackupState.of(last, interval, clock.instant());
        } catch (IOException | RuntimeException unreadable) {
            // A damaged file must not break the page or /health: it is reported, and the next backup replaces it.
            last = Optional.empty();
            state = BackupState.UNREADABLE;
        }
        return new Snapshot(state, last, interval, DataFolder.configured(to).map(Path::toString), count(keep));
    }

    /** The result in {@code file}; empty when there is none. Throws when the file is there but is not a result. */
    public static Optional<LastBackup> read(Path file) throws IOException {
        try {
            return Optional.of(parse(Files.readString(file)));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
    }

    /** Reads what {@link LastBackup#toJson()} wrote. */
    public static LastBackup parse(String json) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new LastBackup(Instant.parse(o.getString("started")), Instant.parse(o.getString("finished")), o.getBoolean("ok"),
                    o.isNull("folder") ? null : o.getString("folder"), o.getInt("objects"), o.getInt("linked"),
                    o.isNull("verified") ? null : o.getBoolean("verified"), o.getInt("problemCount"),
                    o.getJsonArray("problems").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    LastBackup.Origin.valueOf(o.getString("by").toUpperCase(Locale.ROOT)),
                    // absent from the results of versions that could not encrypt
                    o.containsKey("encryptedTo") && !o.isNull("encryptedTo") ? o.getString("encryptedTo") : null);
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeException | IllegalArgumentException e) {
            throw new IOException("not a backup result: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The schedule's interval; a setting the launcher would refuse counts as no schedule here, not as an error page. */
    static Optional<Duration> interval(Optional<String> setting) {
        try {
            return setting.filter(value -> !value.isBlank()).map(value -> Duration.parse(value.strip()))
                    .filter(duration -> !duration.isNegative() && !duration.isZero());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> count(Optional<String> setting) {
        try {
            return setting.filter(value -> !value.isBlank()).map(value -> Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
