package org.mizan.bench;

import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public memorial of 1,000 named victims over its real path: {@code POST /api/publications} as an advocate, which
 * gathers the consented victims, re-encodes each approved photo, writes the site in three languages, reads every byte of
 * it for leaks against the whole database's secrets, and writes, hashes and signs it. Set-up, untimed: an embedded
 * PostgreSQL with {@link GenerateCases} (3,000 other cases and 9,000 persons, whose names the leak check must look for),
 * then through the API, per victim, a case, a family contact with its consent to public naming, an approved text in
 * English and in Arabic, and an approved photo (a 1600×1200 JPEG, as phones send them).
 *
 * <p>The target is absolute (under 30 s for 1,000 victims): the first publication is timed cold, then the median of
 * three. Run with {@code -Pbenchmark -Dbenchmark=memorial [-Dbenchmark.args=victims]}. Never part of the tests.
 */
public final class MemorialBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9A-Za-z-]+)\"?");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FILES = Pattern.compile("\"files\"\\s*:\\s*([0-9]+)");
    private static final double TARGET_SECONDS = 30;
    private static final int RUNS = 3;

    private MemorialBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int victims = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (BenchmarkDatabase database = BenchmarkDatabase.start("mizan-memorial-benchmark")) {
            Path work = database.work();
            String url = database.url();
            try (Connection sql = database.connect()) {
                say(GenerateCases.generate(sql, 3 * victims, 9 * victims, 2019).toString());
            }
            String adminPassword = "bench-" + UUID.randomUUID();
            int port = LocalPorts.free();
            try (PayaraProcess server = PayaraProcess.startForBenchmark(work, url, adminPassword, port)) {
                server.awaitReady(Duration.ofMinutes(5));
                BenchmarkClient client = new BenchmarkClient(port);
                String admin = client.token("admin", adminPassword);
                String lead = client.newInvestigator(admin, "memorial-lead");
                String advocatePassword = "tigris lantern " + UUID.randomUUID();
                client.createUser(admin, "memorial-advocate", advocatePassword, "ADVOCATE");
                String advocate = client.token("memorial-advocate", advocatePassword);

                long start = System.nanoTime();
                Path photo = photo(work);
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < victims; i++) {
                    int n = i;
                    done.add(pool.submit(() -> {
                        namedVictim(client, lead, n, photo);
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                pool.shutdown();
                say(String.format("%,d named victims entered through the API in %.0f s", victims, seconds(start)));

                double cold = publish(client, advocate);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    warm.add(publish(client, advocate));
                }
                double median = warm.stream().sorted().toList().get(RUNS / 2);
                System.out.printf("%n=== memorial publication, %,d named victims, %,d cases in all ===%n", victims, 4 * victims);
                System.out.printf("first publication (cold):  %6.2f s = %.2fx the %.0f s target%n", cold, cold / TARGET_SECONDS,
                        TARGET_SECONDS);
                System.out.printf("median of %d after it:      %6.2f s = %.2fx the target (%s)%n", RUNS, median, median / TARGET_SECONDS,
                        median < TARGET_SECONDS ? "MET" : "MISSED");
                System.out.println("\nWhere the server's time went (its log):");
                Files.readAllLines(work.resolve("payara.log"), java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                        .filter(line -> line.contains("org.mizan.memorial")).map(line -> "  " + line.strip()).forEach(System.out::println);
            }
        }
    }

    /** One consented victim with everything a memorial page shows: a case, texts in two languages, a photo. */
    private static void namedVictim(BenchmarkClient client, String lead, int n, Path photo) throws Exception {
        String person = group(ID, client.postJson(lead, "/api/persons", "{\"nameArabic\":\"ضحية رقم " + n + " الحسيني\","
                + "\"nameLatin\":\"Victim number " + n + " al-Husseini\",\"occupations\":[\"ACTIVIST\"]}"));
        String reference = group(REFERENCE, client.postJson(lead, "/api/cases", "{\"violationTypes\":[\"ASSASSINATION\"],"
                + "\"incidentDate\":{\"year\":" + (2019 + n % 6) + ",\"month\":" + (1 + n % 12) + ",\"day\":" + (1 + n % 28) + "},"
                + "\"governorate\":\"BG\",\"locality\":\"ساحة التحرير\",\"narrative\":\"Benchmark case " + n + "\","
                + "\"parties\":[{\"role\":\"VICTIM\",\"personId\":" + person + ",\"fate\":\"KILLED\",\"ageAtIncident\":" + (18 + n % 40)
                + "}]}"));
        String contact = group(ID, client.postJson(lead, "/api/cases/" + reference + "/contacts", "{\"personId\":" + person
                + ",\"reaches\":\"FAMILY\",\"relationship\":\"MOTHER\",\"riskLevel\":\"HIGH\",\"name\":\"والدة الضحية " + n
                + "\",\"phones\":[\"+964 770 " + (1_000_000 + n) + "\"]}"));
        client.postJson(lead, "/api/contacts/" + contact + "/consents", "{\"consent\":\"PUBLIC_NAMING\",\"decision\":\"GIVEN\","
                + "\"decidedOn\":\"2024-01-10\",\"method\":\"WRITTEN\",\"givenBy\":\"الأم\"}");
        String texts = "/api/cases/" + reference + "/public-texts/" + person;
        client.putJson(lead, texts + "/en", "{\"text\":\"" + "A student of engineering who marched every Friday. ".repeat(6) + "\"}");
        client.postJson(lead, texts + "/en/approval", "");
        client.putJson(lead, texts + "/ar", "{\"text\":\"" + "طالب هندسة كان يتظاهر كل جمعة. ".repeat(8) + "\"}");
        client.postJson(lead, texts + "/ar/approval", "");
        String evidence = group(ID, client.upload(lead, "/api/cases/" + reference + "/evidence?name=portrait.jpg", photo));
        client.putJson(lead, "/api/cases/" + reference + "/public-photos/" + evidence, "{\"personId\":" + person + "}");
    }

    /** Seconds from the POST to the issued publication (the call answers once the site is written and signed). */
    private static double publish(BenchmarkClient client, String advocate) throws Exception {
        long start = System.nanoTime();
        String issued = client.postJson(advocate, "/api/publications", "");
        double seconds = seconds(start);
        say(String.format("publication %s: %s files in %.2f s", group(ID, issued), group(FILES, issued), seconds));
        return seconds;
    }

    /** A photo as a phone sends it: 1600×1200, noisy enough that JPEG cannot make it trivially small. */
    private static Path photo(Path work) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(2019);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 255 / 1600) << 16 | (y * 255 / 1200) << 8 | random.nextInt(64));
            }
        }
        Path file = work.resolve("portrait.jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private static String group(Pattern pattern, String json) throws IOException {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IOException("unexpected answer: " + json);
        }
        return matcher.group(1);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[memorial benchmark] " + line);
    }
}
