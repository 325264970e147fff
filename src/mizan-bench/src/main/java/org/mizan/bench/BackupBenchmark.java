package org.mizan.bench;

import org.mizan.launcher.BackupCommand;
import org.mizan.launcher.DatabaseLocation;
import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.Migrations;
import org.mizan.launcher.MizanData;
import org.mizan.launcher.Sealing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The backup command against copying by hand: an embedded PostgreSQL filled by {@link GenerateCases} and an
 * evidence store of random objects (one large video and many small files), then, in the same run and from the same
 * warm page cache:
 * <ul>
 * <li>full: {@code pg_dump -Fc} plus {@code cp -r} of the objects plus {@code sync} (the floor) against the backup
 * command (dump, copy with SHA-256 of every object, fsync, manifest);</li>
 * <li>incremental, after adding a tenth more evidence: {@code cp} of just the new objects plus {@code sync} against a
 * second backup into the same folder (the dump again, new objects copied, the others hard-linked).</li>
 * </ul>
 * Prints seconds and the ratios (floor time / backup time; the issue asks ≥ 0.7 for full; for incremental, the backup
 * over copying the new gigabyte, ≤ 1.2 — here its inverse is printed beside it). Each backup is also made encrypted to
 * an OpenPGP key (a throw-away one gpg makes; gpg must be installed), into a folder of its own, and its cost printed
 * against the backup in clear.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dbenchmark=backup -Dbenchmark.args="cases GiB"}. Never part of the tests.
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double gib = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Path work = Files.createTempDirectory("mizan-backup-benchmark");
        Path home = work.resolve("home");
        Path objects = Files.createDirectories(home.resolve("evidence").resolve("objects"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.free())) {
            String url = database.jdbcUrl();
            Migrations.migrate(url, EmbeddedDatabase.USER, "unused-trust-auth");
            try (Connection sql = DriverManager.getConnection(url, EmbeddedDatabase.USER, "unused-trust-auth")) {
                System.out.println(GenerateCases.generate(sql, cases, 3 * cases, 2019));
            }
            long bytes = (long) (gib * (1L << 30));
            Random random = new Random(11);
            long written = objects(objects, bytes, random);
            System.out.printf("Evidence: %.2f GiB of objects%n", written / (double) (1L << 30));
            DatabaseLocation location = new DatabaseLocation(url, EmbeddedDatabase.USER, "unused-trust-auth");
            MizanData data = MizanData.in(location, home);
            shell("find " + objects + " -type f -exec cat {} + > /dev/null"); // warm: both sides read from the page cache

            double floor = seconds(() -> {
                shell("pg_dump --format=custom --no-owner --no-privileges --file=" + work.resolve("floor.dump") + " --dbname='"
                        + location.libpqUri() + "' --username=" + location.user());
                shell("cp -r " + objects + " " + work.resolve("floor-objects") + " && sync");
            });
            Path to = work.resolve("backups");
            double full = seconds(() -> check(BackupCommand.run(data, to, null)));
            System.out.printf("%nFull: pg_dump + cp -r + sync %.1f s, backup %.1f s: ratio %.2f (target >= 0.7)%n", floor, full,
                    floor / full);

            Sealing sealing = Sealing.of(throwAwayPublicKey(work), work.resolve("sealing-home"));
            Path encrypted = work.resolve("encrypted-backups");
            double sealedFull = seconds(() -> check(BackupCommand.run(data, encrypted, null, sealing)));
            System.out.printf("Full, encrypted: %.1f s, %.2f x the backup in clear%n", sealedFull, sealedFull / full);

            Path added = Files.createDirectories(work.resolve("added"));
            long more = objects(added, bytes / 10, random);
            double copyNew = seconds(() -> shell("cp -r " + added + "/. " + work.resolve("added-copy") + " && sync"));
            shell("cp -r " + added + "/. " + objects); // into the store, as uploads would have put them
            shell("find " + objects + " -type f -exec cat {} + > /dev/null");
            double incremental = seconds(() -> check(BackupCommand.run(data, to, null)));
            System.out.printf("Incremental (%.2f GiB new): cp of the new + sync %.1f s, backup %.1f s: backup / copy %.2f "
                    + "(target <= 1.2)%n", more / (double) (1L << 30), copyNew, incremental, incremental / copyNew);
            double sealedIncremental = seconds(() -> check(BackupCommand.run(data, encrypted, null, sealing)));
            System.out.printf("Incremental, encrypted: %.1f s, %.2f x the backup in clear, %.2f x the copy of the new%n", sealedIncremental,
                    sealedIncremental / incremental, sealedIncremental / copyNew);
        } finally {
            shell("rm -rf " + work);
        }
    }

    /** The public half of a key pair gpg makes for this run (in a keyring of its own, deleted with the work folder). */
    private static Path throwAwayPublicKey(Path work) throws IOException, InterruptedException {
        Path gnupg = Files.createDirectory(work.resolve("gnupg"), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        Path key = work.resolve("benchmark.pub.asc");
        shell("gpg --homedir " + gnupg + " --batch --passphrase '' --quick-generate-key 'Mizan benchmark <bench@example.org>' "
                + "future-default default never 2>/dev/null && gpg --homedir " + gnupg + " --armor --export bench@example.org > " + key);
        return key;
    }

    /** Random objects named and placed as the store places them: one of half the bytes, the rest 1–8 MiB. */
    private static long objects(Path root, long bytes, Random random) throws IOException {
        long written = write(root, bytes / 2, random);
        while (written < bytes) {
            written += write(root, (1 + random.nextInt(8)) * (1L << 20), random);
        }
        return written;
    }

    private static long write(Path root, long size, Random random) throws IOException {
        Path temporary = root.resolve("object.part");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 20];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
            for (long left = size; left > 0; left -= buffer.length) {
                random.nextBytes(buffer);
                out.write(buffer, 0, (int) Math.min(buffer.length, left));
            }
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        Path target = Files.createDirectories(root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4))).resolve(hash);
        Files.move(temporary, target);
        return size;
    }

    private static void check(BackupCommand.Report report) {
        if (!report.ok()) {
            throw new IllegalStateException("the backup reported problems: " + report.problems());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static double seconds(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void shell(String command) throws IOException, InterruptedException {
        run("sh", "-c", command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
