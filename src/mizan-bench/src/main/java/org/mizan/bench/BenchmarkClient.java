package org.mizan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of Mizan's REST API for the benchmarks: sign in, create a user, time a GET, upload a file. */
final class BenchmarkClient {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    BenchmarkClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> reply = post("/api/auth/token", null,
                "{\"username\":" + json(username) + ",\"password\":" + json(password) + "}");
        Matcher token = TOKEN.matcher(reply.body());
        if (reply.statusCode() != 200 || !token.find()) {
            throw new IOException("no token for " + username + ": " + reply.statusCode() + " " + reply.body());
        }
        return token.group(1);
    }

    /** A new investigator (created by the admin, with a random password) signed in: their token. */
    String newInvestigator(String adminToken, String username) throws IOException, InterruptedException {
        String password = "tigris lantern " + UUID.randomUUID(); // nothing of the display name in it: the policy refuses that
        createUser(adminToken, username, password, "INVESTIGATOR");
        return token(username, password);
    }

    void createUser(String adminToken, String username, String password, String role) throws IOException, InterruptedException {
        HttpResponse<String> reply = post("/api/users", adminToken, "{\"username\":" + json(username) + ",\"displayName\":"
                + json("Benchmark " + username) + ",\"password\":" + json(password) + ",\"roles\":[" + json(role) + "]}");
        if (reply.statusCode() != 201) {
            throw new IOException("could not create " + username + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    /**
     * GETs the path and returns the milliseconds until the whole body arrived; fails unless 200. Timed with the JDK's
     * blocking {@link java.net.HttpURLConnection} on the calling thread, over a kept-alive connection: Java's
     * HttpClient hands every exchange to its selector and executor threads, and on two cores shared with the server
     * and PostgreSQL those hand-offs showed up as about a millisecond per request that is the client's, not Mizan's
     * ({@link #clientFloor} measures both on the same request).
     */
    double timedGet(String token, String path) throws IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) base.resolve(path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "application/json");
        connection.setReadTimeout((int) Duration.ofMinutes(2).toMillis());
        long start = System.nanoTime();
        int status = connection.getResponseCode();
        byte[] body;
        try (java.io.InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? new byte[0] : in.readAllBytes(); // read to the end, so the connection is kept for the next
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (status != 200) {
            throw new IOException("GET " + path + " answered " + status + ": " + new String(body, StandardCharsets.UTF_8));
        }
        return millis;
    }

    /**
     * The median of {@code n} GETs of {@code path} with Java's HttpClient and with {@link #timedGet}: what the choice of
     * client alone adds to every REST figure, printed beside them.
     */
    double[] clientFloor(String token, String path, int n) throws IOException, InterruptedException {
        double[] httpClient = new double[n];
        double[] blocking = new double[n];
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            httpClient[i] = (System.nanoTime() - start) / 1e6;
            if (reply.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + reply.statusCode());
            }
            blocking[i] = timedGet(token, path);
        }
        java.util.Arrays.sort(httpClient);
        java.util.Arrays.sort(blocking);
        return new double[]{httpClient[n / 2], blocking[n / 2]};
    }

    /** The body of a GET that must answer 200. */
    String get(String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + reply.statusCode());
        }
        return reply.body();
    }

    /** The bytes a GET answers with 200, or null for any other answer. */
    byte[] bytes(String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> reply = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return reply.statusCode() == 200 ? reply.body() : null;
    }

    /** POSTs a JSON body and returns the answer's body; fails unless 2xx. */
    String postJson(String token, String path, String json) throws IOException, InterruptedException {
        return sendJson("POST", token, path, json);
    }

    /** PUTs a JSON body and returns the answer's body; fails unless 2xx. */
    String putJson(String token, String path, String json) throws IOException, InterruptedException {
        return sendJson("PUT", token, path, json);
    }

    private String sendJson(String method, String token, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> reply = send(method, path, token, json);
        if (reply.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    /**
     * Streams a file as the body of a POST straight from the file to the socket ({@code transferTo}), so
     * the client costs next to nothing — Java's HttpClient file publisher managed a quarter of curl's
     * speed here, and would have been measured instead of the server. Returns the body; fails unless 201.
     */
    String upload(String token, String path, java.nio.file.Path file) throws IOException {
        long size = java.nio.file.Files.size(file);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n";
        try (java.nio.channels.SocketChannel socket = java.nio.channels.SocketChannel.open(
                new java.net.InetSocketAddress(base.getHost(), base.getPort()));
             java.nio.channels.FileChannel body = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer request = java.nio.ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                socket.write(request);
            }
            for (long sent = 0; sent < size; ) {
                sent += body.transferTo(sent, size - sent, socket);
            }
            return createdBody(java.nio.channels.Channels.newInputStream(socket), path);
        }
    }

    /**
     * Reads an HTTP answer up to the end of its body — by its Content-Length, not by waiting for the
     * server to close the connection, which would be timed as part of the upload.
     */
    private static String createdBody(java.io.InputStream in, String path) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("POST " + path + ": connection closed before an answer");
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        // 201 for new bytes; 200 names the item the same bytes already are in the case
        if (!headers.startsWith("HTTP/1.1 201") && !headers.startsWith("HTTP/1.1 200")) {
            throw new IOException("POST " + path + " answered " + headers.lines().findFirst().orElse("nothing"));
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^\\w*memory_usedHeap_bytes(\\{[^}]*\\})?\\s+([0-9.Ee+]+)");

    /** The server's used heap in bytes, from its MicroProfile metrics (an administrator's token). */
    long usedHeap(String adminToken) throws IOException {
        try {
            Matcher used = USED_HEAP.matcher(get(adminToken, "/metrics"));
            if (!used.find()) {
                throw new IOException("no used-heap figure in /metrics");
            }
            return (long) Double.parseDouble(used.group(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Samples the server's used heap every 20 ms into {@code peak} until the thread is interrupted. */
    void samplePeakHeap(String adminToken, java.util.concurrent.atomic.AtomicLong peak) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                peak.accumulateAndGet(usedHeap(adminToken), Math::max);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // A sample lost while the server is busy: the next one counts.
            }
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return send("POST", path, token, json);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
