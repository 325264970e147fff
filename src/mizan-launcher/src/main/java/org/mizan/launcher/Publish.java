package org.mizan.launcher;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The memorial's scripted publication: {@code ./mvnw -Ppublish -Dto=<folder> -Duser=<administrator or advocate>
 * [-Dserver=http://localhost:8080] [-Dotp=123456]}. It asks the running Mizan to publish (the same {@code POST
 * /api/publications} as the page: the leak check runs there, and a refusal says why), downloads the issued publication,
 * checks every file against the signed manifest, and leaves it in {@code <folder>/<publication id>/}: the {@code site}
 * folder is what goes to a static host. The password comes from {@code MIZAN_PUBLISH_PASSWORD} (for a scheduled job) or
 * is asked at the console. Exit code 0 when published and checked, 1 when Mizan refused or a check failed, 2 when it could
 * not run.
 */
public final class Publish {

    static final String PASSWORD_SETTING = "MIZAN_PUBLISH_PASSWORD";
    private static final String MANIFEST = "manifest-sha256.txt";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;

    public Publish(URI server) {
        this.server = server;
    }

    /** What one publication left on disk. */
    public record Published(String id, Path folder, int files, int victimsNamed, String manifestSha256) {
    }

    /** Refused by Mizan (a leak found, a role missing, a wrong password), with its own words. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        String to = System.getProperty("to");
        String user = System.getProperty("user");
        if (to == null || to.isBlank() || user == null || user.isBlank()) {
            Console.stop("PUBLISH", "Say where and as whom: ./mvnw -Ppublish -Dto=<folder> -Duser=<administrator or advocate> "
                    + "[-Dserver=http://localhost:8080]");
        }
        String password = System.getenv(PASSWORD_SETTING);
        if (password == null || password.isEmpty()) {
            if (System.console() == null) {
                Console.stop("PUBLISH", "No console to ask the password at: set " + PASSWORD_SETTING + " for a scheduled job.");
            }
            password = new String(System.console().readPassword("[mizan] Password of %s: ", user));
        }
        Publish publish = new Publish(URI.create(System.getProperty("server", "http://localhost:8080")));
        try {
            Published published = publish.publish(user, password, System.getProperty("otp"), Path.of(to));
            Console.say("Publication " + published.id() + ": " + published.victimsNamed() + " named victims, " + published.files()
                    + " files, every one as the signed manifest says (manifest SHA-256 " + published.manifestSha256() + ").");
            Console.say("Upload " + published.folder().resolve("site") + " to the static host; keep the manifest, its signature "
                    + "and the certificate beside it to prove later what was published.");
            System.exit(0);
        } catch (Refused e) {
            System.err.println("[mizan] PUBLISH REFUSED: " + e.getMessage());
            System.exit(1);
        } catch (IOException | GeneralSecurityException e) {
            Console.stop("PUBLISH", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Console.stop("PUBLISH", "interrupted");
        }
    }

    public Published publish(String user, String password, String otp, Path to)
            throws IOException, InterruptedException, Refused, GeneralSecurityException {
        String token = token(user, password, otp);
        HttpResponse<String> issued = http.send(request("/api/publications", token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (issued.statusCode() != 201) {
            throw refusal(issued);
        }
        Map<String, String> fields = fields(issued.body());
        String id = fields.get("id");
        if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
            throw new IOException("Mizan answered without a publication id");
        }
        HttpResponse<InputStream> zip = http.send(request("/api/publications/" + id + "/site.zip", token).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (zip.statusCode() != 200) {
            zip.body().close();
            throw new IOException("the download of publication " + id + " answered " + zip.statusCode());
        }
        Path folder = to.resolve(id);
        if (Files.exists(folder)) {
            throw new IOException(folder + " exists already: publications are never written over");
        }
        try (InputStream body = zip.body()) {
            unzip(body, to, id);
        }
        int files = checkManifest(folder);
        return new Published(id, folder, files, Integer.parseInt(fields.getOrDefault("victimsNamed", "0")), fields.get("manifestSha256"));
    }

    private String token(String user, String password, String otp) throws IOException, InterruptedException, Refused {
        String body = "{\"username\":" + json(user) + ",\"password\":" + json(password)
                + (otp == null || otp.isBlank() ? "" : ",\"otp\":" + json(otp.strip())) + "}";
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(server.resolve("/api/auth/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String token = fields(reply.body()).get("token");
        if (reply.statusCode() != 200 || token == null) {
            throw refusal(reply);
        }
        return token;
    }

    private HttpRequest.Builder request(String path, String token) {
        // Publishing reads and checks every page: minutes, not seconds, for a large memorial on a small server.
        return HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
    }

    /** Mizan's own words for a refusal (a problem's title and detail), never the body of anything else. */
    private static Refused refusal(HttpResponse<String> reply) {
        Map<String, String> problem = fields(reply.body());
        String said = Stream.of(problem.get("title"), problem.get("detail")).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + ": " + b).orElse("no reason given");
        return new Refused("Mizan answered " + reply.statusCode() + " (" + said + ")");
    }

    /** Unpacks the publication's zip, whose entries all start with {@code id/}; nothing may land outside that folder. */
    static void unzip(InputStream in, Path to, String id) throws IOException {
        Path root = to.toAbsolutePath().normalize();
        Path folder = root.resolve(id);
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new IOException("the download holds a file outside its publication: " + entry.getName());
                }
                if (!entry.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new IOException("the download holds no manifest");
        }
    }

    /**
     * Every file of the site is in the manifest with its SHA-256 and nothing else is there; the organisation's signature
     * over the manifest holds under the certificate beside it. Returns the number of files.
     */
    public static int checkManifest(Path folder) throws IOException, GeneralSecurityException {
        byte[] manifest = Files.readAllBytes(folder.resolve(MANIFEST));
        Map<String, String> listed = new HashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).lines().toList()) {
            String[] parts = line.split(" {2}", 2);
            if (parts.length != 2 || listed.put(parts[1], parts[0]) != null) {
                throw new IOException("the manifest has a line that is not one file's SHA-256: " + line);
            }
        }
        List<Path> present;
        try (Stream<Path> walk = Files.walk(folder.resolve("site"))) {
            present = walk.filter(Files::isRegularFile).toList();
        }
        if (present.size() != listed.size()) {
            throw new IOException(present.size() + " files in the site, " + listed.size() + " in its manifest");
        }
        for (Path file : present) {
            String name = Manifest.relative(folder, file);
            String expected = listed.get(name);
            String actual = Manifest.hash(file);
            if (!actual.equals(expected)) {
                throw new IOException(expected == null ? name + " is not in the manifest" : name + " differs from its manifest entry");
            }
        }
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("certificate.pem"))));
        Signature signature = Signature.getInstance(certificate.getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(manifest);
        if (!signature.verify(Files.readAllBytes(folder.resolve(MANIFEST + ".sig")))) {
            throw new IOException("the manifest's signature does not hold under " + certificate.getSubjectX500Principal().getName());
        }
        return present.size();
    }

    /** The top-level string and number fields of a JSON answer; none when the answer is not a JSON object. */
    static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            reader.readObject().forEach((name, value) -> {
                if (value instanceof JsonString text) {
                    fields.put(name, text.getString());
                } else if (value instanceof JsonNumber number) {
                    fields.put(name, number.toString());
                }
            });
        } catch (JsonException | ClassCastException e) {
            // An answer that is not a JSON object (a proxy's error page): no fields, and the status code speaks.
        }
        return fields;
    }

    private static String json(String value) {
        return Json.createValue(value).toString();
    }
}
