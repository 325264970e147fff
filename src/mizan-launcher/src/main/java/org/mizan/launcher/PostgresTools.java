package org.mizan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's {@code pg_dump} and {@code pg_restore}. The embedded server's binaries (zonky) hold only initdb, pg_ctl
 * and postgres, so the tools come from {@code MIZAN_PG_BIN}, else the newest {@code /usr/lib/postgresql/<major>/bin}
 * (Debian, Ubuntu), else the PATH; they must be at least as new as the server, or pg_dump refuses or restores wrongly.
 */
final class PostgresTools {

    static final String BIN_SETTING = "MIZAN_PG_BIN";
    private static final Pattern MAJOR = Pattern.compile("\\) (\\d+)");

    private final Path bin;

    private PostgresTools(Path bin) {
        this.bin = bin;
    }

    /** The tools to use, from {@code configuredBin} (MIZAN_PG_BIN, may be null) or where the system keeps them. */
    static PostgresTools find(String configuredBin) throws IOException {
        if (configuredBin != null && !configuredBin.isBlank()) {
            Path bin = Path.of(configuredBin);
            if (!Files.isExecutable(bin.resolve("pg_dump")) || !Files.isExecutable(bin.resolve("pg_restore"))) {
                throw new IOException(BIN_SETTING + "=" + bin + " holds no pg_dump and pg_restore.");
            }
            return new PostgresTools(bin);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> majors = Files.list(debian)) {
                Optional<Path> newest = majors.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .filter(p -> Files.isExecutable(p.resolve("bin/pg_restore")))
                        .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())));
                if (newest.isPresent()) {
                    return new PostgresTools(newest.get().resolve("bin"));
                }
            }
        }
        return new PostgresTools(null);
    }

    /** Refuses tools older than the server {@code connection} talks to, or none at all, saying how to get them. */
    void requireAtLeast(Connection connection) throws IOException, SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW server_version_num")) {
            row.next();
            requireAtLeast(Integer.parseInt(row.getString(1)) / 10000);
        }
    }

    void requireAtLeast(int server) throws IOException {
        for (String tool : List.of("pg_dump", "pg_restore")) {
            int major = major(tool);
            if (major < server) {
                throw new IOException(tool + " is PostgreSQL " + major + " but the server is " + server + ": install the client "
                        + "tools of version " + server + " or newer (Debian: apt-get install postgresql-client-" + server
                        + ") or set " + BIN_SETTING + " to the folder holding them.");
            }
        }
    }

    private int major(String tool) throws IOException {
        Result version;
        try {
            version = run(List.of(command(tool), "--version"), List.of());
        } catch (IOException notThere) {
            throw new IOException(tool + " was not found (" + notThere.getMessage() + "): install the PostgreSQL client tools "
                    + "(Debian: apt-get install postgresql-client-15) or set " + BIN_SETTING + " to the folder holding them.",
                    notThere);
        }
        Matcher found = MAJOR.matcher(version.output());
        if (version.exit() != 0 || !found.find()) {
            throw new IOException(tool + " --version did not say its version: " + version.output().strip());
        }
        return Integer.parseInt(found.group(1));
    }

    /** Dumps the whole database, in one snapshot (pg_dump's own), in custom format, into {@code file}. */
    void dump(DatabaseLocation database, Path file) throws IOException {
        List<String> command = dumpCommand(database);
        command.add("--file=" + file);
        require("pg_dump", run(command, password(database)));
    }

    /**
     * The same dump, streamed into {@code out} as pg_dump writes it, so that it can be encrypted on its way to disk and is
     * never anywhere in clear. pg_dump's messages are kept apart from the dump and reported if it fails.
     */
    void dump(DatabaseLocation database, OutputStream out) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(dumpCommand(database));
        List<String> environment = password(database);
        for (int i = 0; i < environment.size(); i += 2) {
            builder.environment().put(environment.get(i), environment.get(i + 1));
        }
        Process process = builder.start();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(messages);
            } catch (IOException ignored) {
                // the exit code says whether it failed
            }
        }, "pg_dump-messages");
        drain.start();
        try (InputStream dump = process.getInputStream()) {
            dump.transferTo(out);
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        try {
            int exit = process.waitFor();
            drain.join();
            require("pg_dump", new Result(exit, messages.toString(StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("pg_dump was interrupted", e);
        }
    }

    private List<String> dumpCommand(DatabaseLocation database) {
        return new ArrayList<>(List.of(command("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                "--dbname=" + database.libpqUri(), "--username=" + database.user()));
    }

    /** Restores a dump into an empty database; the first error stops it. */
    void restore(Path file, DatabaseLocation database) throws IOException {
        require("pg_restore", run(List.of(command("pg_restore"), "--exit-on-error", "--no-owner", "--no-privileges",
                "--single-transaction", "--dbname=" + database.libpqUri(), "--username=" + database.user(), file.toString()),
                password(database)));
    }

    private String command(String tool) {
        return bin == null ? tool : bin.resolve(tool).toString();
    }

    private static List<String> password(DatabaseLocation database) {
        return database.password() == null || database.password().isEmpty() ? List.of() : List.of("PGPASSWORD", database.password());
    }

    private static void require(String tool, Result result) throws IOException {
        if (result.exit() != 0) {
            throw new IOException(tool + " failed (exit code " + result.exit() + "): " + result.output().strip());
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, List<String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        for (int i = 0; i < environment.size(); i += 2) {
            builder.environment().put(environment.get(i), environment.get(i + 1));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Result(process.waitFor(), output);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }
}
