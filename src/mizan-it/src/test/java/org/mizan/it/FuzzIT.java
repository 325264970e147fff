package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded fuzz of the whole API, built from its OpenAPI document: every operation, as every role, with
 * NUL and other control characters, huge strings, huge and negative numbers, nulls in arrays, wrong types,
 * deep nesting and unreadable headers in its path, query and body. Nothing may answer 5xx, every 4xx is
 * problem+json, and the log gains no stack trace (a flood of client errors must not flood the log).
 */
@ExtendWith(MizanServerExtension.class)
class FuzzIT {

    /** Keeps the run to a few thousand requests, well under two minutes on the 2-core CI. */
    private static final int MAX_REQUESTS = 2500;
    private static final int MAX_FIELDS_PER_BODY = 12;
    /** Seeds tried on each field of a body, taken in turn from the field type's list so every seed is used. */
    private static final int SEEDS_PER_FIELD = 3;
    /** The fuzz signs in from an address of its own, so the throttle it trips holds no other test back. */
    private static final String FUZZ_ADDRESS = "198.51.100.250";

    private static final String HUGE = "ع".repeat(70_000);
    private static final String DEEP = "[".repeat(3000) + "]".repeat(3000);
    private static final List<JsonValue> STRING_SEEDS = List.of(Json.createValue("a\u0000b"), Json.createValue("\u0001\u001b[31m\u007f"),
            Json.createValue(HUGE), Json.createValue(""), Json.createValue(99999), Json.createArrayBuilder().addNull().build(),
            JsonValue.NULL, Json.createObjectBuilder().add("x", 1).build());
    private static final List<JsonValue> NUMBER_SEEDS = List.of(Json.createValue(99999), Json.createValue(-1),
            Json.createValue(Long.MAX_VALUE), Json.createValue(new java.math.BigDecimal("1e400")), Json.createValue(-2147483649L),
            Json.createValue(1.5), Json.createValue("12\u0000"), JsonValue.NULL, Json.createArrayBuilder().add(1).build());
    private static final List<JsonValue> ARRAY_SEEDS = List.of(Json.createArrayBuilder().addNull().build(),
            Json.createArrayBuilder().add("a\u0000").build(), Json.createArrayBuilder().add(Json.createArrayBuilder().addNull()).build(),
            Json.createValue("s"), Json.createValue(123), Json.createObjectBuilder().build(), hugeArray());
    private static final List<String> BODY_SEEDS = List.of("[]", "null", "\"s\"", "123", "[null]", "{}", DEEP,
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"x\":\"\u0000\"}", "{\"\u0000\":1}", "{", "\u0000");
    private static final List<String> PATH_SEEDS = List.of("1", "%00", "a%01b", "-1", "99999999999999999999",
            "x".repeat(300), "%E2%80%AE", "..%2F..", "MZN-2019-99999");
    private static final List<String> QUERY_SEEDS = List.of("%00", "abc", "-1", "99999999999999999999", "x".repeat(3000),
            "2019-13-45", "%FF%FE", "1e400");
    private static final List<String[]> HEADER_SEEDS = List.of(new String[]{"Accept-Language", "ar;q=abc"},
            new String[]{"Accept-Language", "*;q=2, ;;"}, new String[]{"If-Match", "abc"}, new String[]{"If-Match", "\"-99999999999999999999\""},
            new String[]{"Range", "bytes=abc"}, new String[]{"Range", "bytes=-0"}, new String[]{"Accept", "application/x-nothing"});

    private final Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final List<String> slowest = new ArrayList<>();
    /** Requests answered only when sent again on a connection of their own. */
    private final List<String> retried = new ArrayList<>();
    private int sent;
    private int seed;

    FuzzIT(Api api) {
        this.api = api;
        tokens.put("ADMIN", api.adminToken());
        for (String role : List.of("INVESTIGATOR", "LAWYER", "ADVOCATE")) {
            tokens.put(role, api.newUserToken("fuzz", role));
        }
    }

    @Test
    void noInputGivesA5xxOrAnErrorThatIsNotProblemJson() throws Exception {
        assertTrue(InetAddress.getByName(api.server().uri("/").getHost()).isLoopbackAddress(), "the fuzz runs against loopback only");
        JsonObject openApi = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).json();
        JsonObject schemas = openApi.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : openApi.getJsonObject("components").getJsonObject("schemas");
        Path log = api.server().work().resolve("payara.log");
        long logBefore = Files.size(log);
        long started = System.nanoTime();

        List<Operation> operations = operations(openApi, schemas);
        assertTrue(operations.size() > 50, "the OpenAPI document lists the API: " + operations.size());
        for (Operation operation : operations) {
            fuzz(operation);
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String added = Files.readString(log).substring((int) Math.min(logBefore, Files.size(log)));
        List<String> traces = added.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by:")).limit(5).toList();
        List<String> slow = new ArrayList<>(slowest);
        slow.sort(java.util.Comparator.comparingLong((String line) -> Long.parseLong(line.substring(0, line.indexOf(' ')))).reversed());
        System.out.println("FuzzIT: " + sent + " requests in " + seconds + " s; slowest:\n" + String.join("\n", slow.subList(0, Math.min(15, slow.size())))
                + "\nanswered only when sent again on a new connection: " + retried);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers of " + sent + ":\n" + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
        assertTrue(traces.isEmpty(), "no stack trace for client errors; the log gained:\n"
                + added.substring(0, Math.min(added.length(), 6000)));
        assertTrue(seconds < 110, sent + " requests in " + seconds + " s; slowest:\n" + String.join("\n", slow.subList(0, Math.min(15, slow.size()))));
    }

    /** One operation of the document: method, path template, its parameters, and its body's schema (if JSON). */
    private record Operation(String method, String path, List<String> query, String bodyType, JsonObject bodySchema) {
    }

    private static List<Operation> operations(JsonObject openApi, JsonObject schemas) {
        List<Operation> operations = new ArrayList<>();
        openApi.getJsonObject("paths").forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.asJsonObject().forEach((method, value) -> {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    return;
                }
                if (path.equals("/api/auth/token") && method.equals("delete")) {
                    return; // would revoke the very token the fuzz is sending
                }
                JsonObject operation = value.asJsonObject();
                List<String> query = new ArrayList<>();
                for (JsonValue parameter : operation.getJsonArray("parameters") == null ? List.<JsonValue>of() : operation.getJsonArray("parameters")) {
                    if ("query".equals(parameter.asJsonObject().getString("in", ""))) {
                        query.add(parameter.asJsonObject().getString("name"));
                    }
                }
                String bodyType = null;
                JsonObject bodySchema = null;
                JsonObject requestBody = operation.getJsonObject("requestBody");
                if (requestBody != null && requestBody.getJsonObject("content") != null && !requestBody.getJsonObject("content").isEmpty()) {
                    JsonObject content = requestBody.getJsonObject("content");
                    bodyType = content.containsKey("application/json") ? "application/json" : content.keySet().iterator().next();
                    JsonObject media = content.getJsonObject(bodyType);
                    bodySchema = media.getJsonObject("schema") == null ? null : resolve(media.getJsonObject("schema"), schemas);
                }
                operations.add(new Operation(method.toUpperCase(), path, query, bodyType, bodySchema));
            });
        });
        return operations;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replaceAll(".*/", "");
            JsonObject target = schemas.getJsonObject(name);
            return target == null ? JsonValue.EMPTY_JSON_OBJECT : target;
        }
        if (schema.containsKey("allOf") && !schema.getJsonArray("allOf").isEmpty()) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return schema;
    }

    private void fuzz(Operation operation) {
        String plainPath = path(operation.path(), "1");
        // As every role: the plain request, then one header seed each.
        List<String> admitted = new ArrayList<>();
        for (Map.Entry<String, String> role : tokens.entrySet()) {
            int status = send(operation, plainPath, skeletonBody(operation), role.getValue(), null);
            if (status != 403) {
                admitted.add(role.getValue());
            }
            send(operation, plainPath, skeletonBody(operation), role.getValue(), HEADER_SEEDS.get(next(HEADER_SEEDS.size())));
        }
        if (admitted.isEmpty()) {
            admitted.addAll(tokens.values());
        }
        if (operation.path().contains("{")) {
            for (String value : PATH_SEEDS) {
                send(operation, path(operation.path(), value), skeletonBody(operation), pick(admitted), null);
            }
        }
        for (String name : operation.query()) {
            for (String value : QUERY_SEEDS) {
                send(operation, plainPath + "?" + name + "=" + value, skeletonBody(operation), pick(admitted), null);
            }
        }
        if (!"application/json".equals(operation.bodyType())) {
            return;
        }
        for (String body : BODY_SEEDS) {
            send(operation, plainPath, body, pick(admitted), null);
        }
        JsonObject schema = operation.bodySchema() == null ? JsonValue.EMPTY_JSON_OBJECT : operation.bodySchema();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return;
        }
        JsonObject skeleton = (JsonObject) skeleton(schema, 0);
        int fields = 0;
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            if (fields++ >= MAX_FIELDS_PER_BODY) {
                break;
            }
            List<JsonValue> seeds = seedsFor(property.getValue().asJsonObject());
            for (int i = 0; i < SEEDS_PER_FIELD; i++) {
                JsonValue value = seeds.get(next(seeds.size()));
                String body = Json.createObjectBuilder(skeleton).add(property.getKey(), value).build().toString();
                send(operation, plainPath, body, pick(admitted), null);
            }
        }
    }

    private static List<JsonValue> seedsFor(JsonObject property) {
        String type = property.getString("type", "");
        return switch (type) {
            case "integer", "number" -> NUMBER_SEEDS;
            case "array" -> ARRAY_SEEDS;
            case "string" -> STRING_SEEDS;
            default -> List.of(JsonValue.NULL, Json.createValue("\u0000"), Json.createArrayBuilder().addNull().build(),
                    Json.createValue(99999), Json.createObjectBuilder().add("year", 99999).add("month", 13).build());
        };
    }

    /** A plausible body: every property with a value of its type, so that the seeds reach the rules behind the parser. */
    private String skeletonBody(Operation operation) {
        if (!"application/json".equals(operation.bodyType())) {
            return operation.bodyType() == null ? null : "fuzz";
        }
        return skeleton(operation.bodySchema() == null ? JsonValue.EMPTY_JSON_OBJECT : operation.bodySchema(), 0).toString();
    }

    private static JsonValue skeleton(JsonObject schema, int depth) {
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        switch (type) {
            case "string":
                return schema.containsKey("enum") ? schema.getJsonArray("enum").get(0) : Json.createValue("fuzz");
            case "integer":
            case "number":
                return Json.createValue(1);
            case "boolean":
                return JsonValue.TRUE;
            case "array": {
                JsonArrayBuilder array = Json.createArrayBuilder();
                if (schema.getJsonObject("items") != null && depth < 3) {
                    array.add(skeleton(schema.getJsonObject("items"), depth + 1));
                }
                return array.build();
            }
            default: {
                var object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null && depth < 3) {
                    properties.forEach((name, property) -> object.add(name, skeleton(property.asJsonObject(), depth + 1)));
                }
                return object.build();
            }
        }
    }

    /** Every parameter of the template set to the value, except those whose pattern admits one word only ({cases: cases}). */
    private static String path(String template, String value) {
        Matcher parameter = Pattern.compile("\\{([^}:]+)(?::\\s*([^}]+))?}").matcher(template);
        return parameter.replaceAll(match -> match.group(2) != null && match.group(2).strip().matches("[a-z]+")
                ? match.group(2).strip() : Matcher.quoteReplacement(value));
    }

    private String pick(List<String> admitted) {
        return admitted.get(next(admitted.size()));
    }

    private int next(int bound) {
        return Math.floorMod(seed++, bound);
    }

    private static Api.Reply again(HttpRequest request) {
        HttpRequest patient = HttpRequest.newBuilder(request, (name, value) -> true).timeout(java.time.Duration.ofSeconds(30)).build();
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(patient, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(answer.statusCode(), answer.headers(), answer.body());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private int send(Operation operation, String path, String body, String token, String[] header) {
        if (sent >= MAX_REQUESTS) {
            return 0;
        }
        sent++;
        HttpRequest.Builder request;
        try {
            request = api.builder(path, token);
        } catch (IllegalArgumentException unsendable) {
            return 0; // the client itself refuses such an address; nothing reaches the server
        }
        request.header("X-Forwarded-For", FUZZ_ADDRESS).timeout(java.time.Duration.ofSeconds(10));
        if (header != null) {
            request.header(header[0], header[1]);
        }
        if (body != null) {
            request.header("Content-Type", operation.bodyType() == null ? "application/json" : operation.bodyType());
        }
        request.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        Api.Reply reply;
        long start = System.nanoTime();
        HttpRequest built = request.build();
        try {
            reply = api.send(built);
        } catch (UncheckedIOException e) {
            // Once, on a connection of its own: a pooled keep-alive connection that went quiet is the client's trouble;
            // a request the server really leaves unanswered is unanswered again and counts.
            reply = again(built);
            if (reply == null) {
                wrong.add(operation.method() + " " + shorten(path) + ": no answer, twice (" + e.getMessage() + ")");
                return 0;
            }
            retried.add(operation.method() + " " + shorten(path));
        } finally {
            slowest.add((System.nanoTime() - start) / 1_000_000 + " ms " + operation.method() + " " + shorten(path));
        }
        String contentType = reply.contentType() == null ? "" : reply.contentType();
        if (isContainerRefusal(path, reply)) {
            return reply.status();
        }
        if (reply.status() >= 500 || (reply.status() >= 400 && !contentType.startsWith("application/problem+json"))) {
            wrong.add(operation.method() + " " + shorten(path) + (header == null ? "" : " [" + header[0] + ": " + header[1] + "]")
                    + " body " + shorten(String.valueOf(body)) + " -> " + reply.status() + " " + contentType + " " + shorten(reply.body()));
        }
        return reply.status();
    }

    /**
     * An encoded NUL or slash in the path is refused by the HTTP layer of the container (Grizzly) with a bare
     * 400 before any filter of ours runs, and without a log line: nothing of Mizan sees it, nothing to map.
     */
    private static boolean isContainerRefusal(String path, Api.Reply reply) {
        return reply.status() == 400 && reply.body().isEmpty() && (path.contains("%00") || path.contains("%2F"));
    }

    private static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + ")" : visible;
    }

    private static JsonValue hugeArray() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < 5000; i++) {
            array.add("x");
        }
        return array.build();
    }
}
