package org.mizan.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Details written as facts rather than English: a flat JSON object of names and values (<code>{"fields":"title,summary"}</code>),
 * which the audit page turns into a sentence in the reader's language. It stays legible where the trail is read raw
 * (the API, the offline verifier). Entries written before there was this form hold free text, and are shown as they are:
 * a sealed row is never rewritten.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** Names and values in turn; a null value leaves its name out. */
    public static String of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                object.add(namesAndValues[i].toString(), value.toString());
            }
        }
        return object.build().toString();
    }

    /** The names and values of structured details, in their order; empty for free text, or for none. */
    public static Optional<Map<String, String>> parse(String details) {
        if (details == null || !details.startsWith("{")) {
            return Optional.empty();
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(details))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            JsonValue value = entry.getValue();
            values.put(entry.getKey(), value instanceof JsonString text ? text.getString() : value.toString());
        }
        return Optional.of(values);
    }
}
