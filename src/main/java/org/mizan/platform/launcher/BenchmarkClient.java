package org.mizan.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of Mizan's REST API for the benchmark: sign in, create a user, time a GET. */
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

    void createUser(String adminToken, String username, String password, String role) throws IOException, InterruptedException {
        HttpResponse<String> reply = post("/api/users", adminToken, "{\"username\":" + json(username) + ",\"displayName\":"
                + json("Benchmark " + username) + ",\"password\":" + json(password) + ",\"roles\":[" + json(role) + "]}");
        if (reply.statusCode() != 201) {
            throw new IOException("could not create " + username + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    /** GETs the path and returns the milliseconds until the whole body arrived; fails unless 200. */
    double timedGet(String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (reply.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return millis;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
