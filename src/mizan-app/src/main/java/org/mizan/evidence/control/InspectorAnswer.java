package org.mizan.evidence.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.mizan.evidence.entity.InspectionReason;
import org.mizan.evidence.entity.InspectionStatus;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the worker's answer (one JSON object, see {@code org.mizan.evidence.inspector.Finding})
 * without trusting it: the worker has just read a hostile file. Every value is checked and cut to
 * its column; a NUL (which PostgreSQL text cannot hold) is dropped; an unknown reason is a failure.
 */
final class InspectorAnswer {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,99}/[a-z0-9][a-z0-9!#$&^_.+-]{0,99}",
            Pattern.CASE_INSENSITIVE);
    private static final int TYPE_COLUMN = 200;
    private static final int CAPTURED_AT_COLUMN = 40;
    private static final int AUTHOR_COLUMN = 300;

    private InspectorAnswer() {
    }

    /** The outcome the answer describes; empty when it is not a readable answer. */
    static Optional<InspectionOutcome> read(byte[] output, int maxTextChars, String heap) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(output, StandardCharsets.UTF_8)))) {
            JsonObject answer = reader.readObject();
            return Optional.of(answer.getBoolean("inspected", false) ? inspected(answer, maxTextChars) : refused(answer, heap));
        } catch (JsonException | IllegalStateException | ClassCastException unreadable) {
            return Optional.empty(); // the message could quote the file: not logged
        }
    }

    private static InspectionOutcome inspected(JsonObject answer, int maxTextChars) {
        String text = clean(answer.getString("text", ""), maxTextChars);
        boolean cut = answer.getBoolean("textTruncated", false);
        BigDecimal latitude = coordinate(answer, "latitude", 90);
        BigDecimal longitude = coordinate(answer, "longitude", 180);
        boolean placed = latitude != null && longitude != null;
        JsonObject metadata = answer.getJsonObject("metadata");
        return new InspectionOutcome(InspectionStatus.INSPECTED, cut ? InspectionReason.TEXT_CUT.note(maxTextChars) : null,
                type(answer), text, metadata == null ? null : cleaned(metadata).toString(),
                clean(answer.getString("capturedAt", null), CAPTURED_AT_COLUMN), placed ? latitude : null,
                placed ? longitude : null, clean(answer.getString("author", null), AUTHOR_COLUMN));
    }

    /**
     * The metadata with every name and text cleaned like the other values. Cleaning its JSON text would not do: there
     * a NUL is written as a JSON escape, which jsonb refuses too (and EXIF strings often end in a NUL).
     */
    private static JsonObject cleaned(JsonObject metadata) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        metadata.forEach((name, value) -> kept.add(clean(name, Integer.MAX_VALUE), cleaned(value)));
        return kept.build();
    }

    private static JsonValue cleaned(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> Json.createValue(clean(((JsonString) value).getString(), Integer.MAX_VALUE));
            case OBJECT -> cleaned(value.asJsonObject());
            case ARRAY -> {
                JsonArrayBuilder kept = Json.createArrayBuilder();
                value.asJsonArray().forEach(element -> kept.add(cleaned(element)));
                yield kept.build();
            }
            default -> value;
        };
    }

    private static InspectionOutcome refused(JsonObject answer, String heap) {
        InspectionReason reason;
        try {
            reason = InspectionReason.valueOf(answer.getString("reason", InspectionReason.FAILED.name()));
        } catch (IllegalArgumentException unknown) {
            reason = InspectionReason.FAILED;
        }
        String detail = answer.getString("detail", "");
        return InspectionOutcome.notInspected(switch (reason) {
            case NESTED_TOO_DEEP -> reason.note(detail.matches("\\d{1,4}") ? detail : "the limit");
            case POLYGLOT -> ("ZIP".equals(detail) ? InspectionReason.POLYGLOT_ZIP
                    : "PDF".equals(detail) ? InspectionReason.POLYGLOT_PDF : reason).note();
            case OUT_OF_MEMORY -> reason.note(heap);
            default -> reason.note();
        });
    }

    private static String type(JsonObject answer) {
        String type = answer.getString("type", null);
        return type != null && type.length() <= TYPE_COLUMN && MEDIA_TYPE.matcher(type).matches() ? type : null;
    }

    private static BigDecimal coordinate(JsonObject answer, String name, int bound) {
        JsonValue value = answer.get(name);
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal degrees = number.bigDecimalValue().setScale(6, RoundingMode.HALF_UP);
        return degrees.abs().compareTo(BigDecimal.valueOf(bound)) <= 0 ? degrees : null;
    }

    /** Without NULs and other control characters but line breaks and tabs, cut to {@code max} characters. */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && kept.length() < max; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
