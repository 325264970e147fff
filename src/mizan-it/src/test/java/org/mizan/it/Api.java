package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A small REST client for the tests: JSON in, status, headers and JSON out. */
public final class Api {

    /** The password every user made by {@link #createUser} gets. */
    public static final String USER_PASSWORD = "tigris cardamom lantern 1919";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final MizanServer server;
    private final java.net.URI base;
    private String adminToken;

    Api(MizanServer server) {
        this.server = server;
        this.base = null;
    }

    private Api(java.net.URI base) {
        this.server = null;
        this.base = base;
    }

    /** A client for another Mizan than the shared test server. */
    public static Api against(java.net.URI base) {
        return new Api(base);
    }

    /** What came back. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public static String unique(String prefix) {
        return prefix + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    public static JsonArray array(String... values) {
        var builder = Json.createArrayBuilder();
        Arrays.stream(values).forEach(builder::add);
        return builder.build();
    }

    public MizanServer server() {
        return server;
    }

    public String adminToken() {
        if (adminToken == null) {
            adminToken = token(MizanServer.ADMIN, server.adminPassword());
        }
        return adminToken;
    }

    public String token(String username, String password) {
        Reply reply = signIn(username, password, null);
        assertEquals(200, reply.status(), () -> "token for " + username + ": " + reply.body());
        return reply.json().getString("token");
    }

    /** POST /api/auth/token, optionally posing as {@code clientAddress} (the test server trusts loopback as a proxy). */
    public Reply signIn(String username, String password, String clientAddress) {
        return signIn(username, password, null, clientAddress);
    }

    /** POST /api/auth/token with a second-factor code ({@code otp}: an app code or a recovery code) when not null. */
    public Reply signIn(String username, String password, String otp, String clientAddress) {
        JsonObjectBuilder credentials = object().add("username", username).add("password", password);
        if (otp != null) {
            credentials.add("otp", otp);
        }
        HttpRequest.Builder request = builder("/api/auth/token", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials.build().toString()));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return send(request.build());
    }

    /** Creates a user with these roles (by the admin) and signs them in: their token, for a test that needs no name. */
    public String newUserToken(String prefix, String... roles) {
        return token(createUser(prefix, roles), USER_PASSWORD);
    }

    /**
     * Reads the audit trail as the administrator, which chains every event committed so far: a query on audit_entry
     * straight after sees them all.
     */
    public void chainAudit() {
        Reply reply = get("/api/audit?size=1", adminToken());
        assertEquals(200, reply.status(), reply::body);
    }

    /** Creates a user with these roles (by the admin) and returns the username. */
    public String createUser(String prefix, String... roles) {
        return createUserWith(adminToken(), prefix, roles);
    }

    public String createUserWith(String adminToken, String prefix, String... roles) {
        String username = unique(prefix);
        Reply reply = post("/api/users", adminToken, object().add("username", username)
                .add("displayName", "Test " + username).add("password", USER_PASSWORD)
                .add("roles", array(roles)).build().toString());
        assertEquals(201, reply.status(), reply::body);
        return username;
    }

    public Reply get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public Reply delete(String path, String token) {
        return send(builder(path, token).DELETE().build());
    }

    public Reply post(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpRequest.Builder builder(String path, String token) {
        java.net.URI uri = server != null ? server.uri(path) : base.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
