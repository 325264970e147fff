package org.mizan.bench;

import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.PayaraProcess;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence upload over HTTP against {@code sha256sum} of the same file in the same run:
 * writes a file of random bytes (1 GiB by default), hashes it with {@code sha256sum}
 * (the floor: read from the page cache and hash, nothing else; best of two after a sync), starts Mizan on an embedded PostgreSQL, uploads it to a
 * case, and samples the server's used heap ({@code /metrics}) every 20 ms during the upload.
 *
 * <p>Run with {@code mvn -Pbenchmark-upload} (argument: size in MiB). Never part of the tests.
 */
public final class EvidenceUploadBenchmark {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SHA256 = Pattern.compile("\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private EvidenceUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long mebibytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path work = Files.createTempDirectory("mizan-upload-benchmark");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.free())) {
            Path file = randomFile(work.resolve("evidence.bin"), mebibytes);
            // The floor at its fastest: the file's pages written out first (writeback would slow it), best of two.
            run("sync");
            String floorHash = null;
            double floorSeconds = Double.MAX_VALUE;
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                floorHash = sha256sum(file);
                floorSeconds = Math.min(floorSeconds, (System.nanoTime() - start) / 1e9);
            }

            String adminPassword = "bench-" + UUID.randomUUID();
            int port = LocalPorts.free();
            try (PayaraProcess server = PayaraProcess.startForBenchmark(work, database.jdbcUrl(), adminPassword, port)) {
                server.awaitReady(Duration.ofMinutes(5));
                BenchmarkClient client = new BenchmarkClient(port);
                String admin = client.token("admin", adminPassword);
                String investigator = client.newInvestigator(admin, "uploader");
                Matcher reference = REFERENCE.matcher(client.postJson(investigator, "/api/cases", "{\"violationTypes\":[\"ABDUCTION\"],"
                        + "\"incidentDate\":{\"year\":2019,\"month\":12},\"governorate\":\"BG\",\"narrative\":\"upload benchmark\"}"));
                if (!reference.find()) {
                    throw new IOException("no case reference");
                }
                long baseline = client.usedHeap(admin);
                AtomicLong peak = new AtomicLong(baseline);
                Thread sampler = new Thread(() -> client.samplePeakHeap(admin, peak), "heap sampler");
                sampler.setDaemon(true);
                sampler.start();
                long start = System.nanoTime();
                String uploaded = client.upload(investigator, "/api/cases/" + reference.group(1) + "/evidence?name=evidence.bin", file);
                double uploadSeconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                sampler.join();
                Matcher hash = SHA256.matcher(uploaded);
                if (!hash.find() || !hash.group(1).equals(floorHash)) {
                    throw new IOException("the server's SHA-256 differs from sha256sum's: " + uploaded);
                }
                report(mebibytes, floorSeconds, uploadSeconds, baseline, peak.get());
            }
        } finally {
            Folders.deleteRecursively(work);
        }
    }

    private static void report(long mebibytes, double floorSeconds, double uploadSeconds, long baseline, long peak) {
        double floor = mebibytes / floorSeconds;
        double upload = mebibytes / uploadSeconds;
        double growth = (peak - baseline) / 1048576.0;
        System.out.printf("%n%-44s %10s %12s%n", "", "seconds", "MiB/s");
        System.out.printf("%-44s %10.2f %12.1f%n", "sha256sum (floor)", floorSeconds, floor);
        System.out.printf("%-44s %10.2f %12.1f%n", "upload over HTTP (hash + store + commit)", uploadSeconds, upload);
        System.out.printf("%nthroughput: %.2fx sha256sum (target >= 0.5x: %s)%n", upload / floor, upload / floor >= 0.5 ? "MET" : "MISSED");
        System.out.printf("server heap: %.1f MiB before, peak %.1f MiB during the upload: growth %.1f MiB (target < 64 MiB: %s)%n",
                baseline / 1048576.0, peak / 1048576.0, growth, growth < 64 ? "MET" : "MISSED");
    }


    private static Path randomFile(Path file, long mebibytes) throws IOException {
        Random random = new Random(4);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long i = 0; i < mebibytes; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return file;
    }

    private static String sha256sum(Path file) throws IOException, InterruptedException {
        return run("sha256sum", file.toString());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(command[0] + " failed: " + output);
        }
        return output.length() >= 64 ? output.substring(0, 64) : output;
    }

    /** The benchmark's data key, kept beside its database like the run command's. */}
