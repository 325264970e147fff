package org.mizan.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.InvalidInput;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which column of the file holds which field. Saved and exchanged by header text, not position, so a mapping
 * fits the next file of the same shape even when its columns moved; a header the file lacks is simply unused.
 */
public record ColumnMapping(Map<String, ImportField> byHeader) {

    public ColumnMapping {
        byHeader = Map.copyOf(byHeader);
    }

    /** The fields' column positions in a file with these headers; refuses a mapping no row could be imported with. */
    public Map<ImportField, Integer> positions(List<String> headers) {
        Map<ImportField, Integer> positions = new EnumMap<>(ImportField.class);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = byHeader.get(headers.get(column));
            if (field != null && positions.putIfAbsent(field, column) != null) {
                errors.add(new InvalidInput.FieldError("mapping", "import.mapping.twice", field.name()));
            }
        }
        for (ImportField required : List.of(ImportField.INCIDENT_DATE, ImportField.VIOLATION_TYPE)) {
            if (!positions.containsKey(required)) {
                errors.add(new InvalidInput.FieldError("mapping", "import.mapping.required", required.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return positions;
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new java.util.TreeMap<>(byHeader).forEach((header, field) -> json.add(header, field.name()));
        return json.build().toString();
    }

    /** From {@code {"<header>": "<FIELD>"}}; an unknown field name is refused, not dropped. */
    public static ColumnMapping fromJson(String json) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidInput("mapping", "import.mapping.invalid");
        }
        return of(object);
    }

    public static ColumnMapping of(JsonObject object) {
        Map<String, ImportField> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString value)) {
                throw new InvalidInput("mapping", "import.mapping.invalid");
            }
            if (!value.getString().isBlank()) {
                fields.put(entry.getKey(), field(value.getString()));
            }
        }
        return new ColumnMapping(fields);
    }

    /** A field by its code, in any case as every other code over REST; an unknown one is refused with the fields there are. */
    public static ImportField field(String name) {
        try {
            return ImportField.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("mapping", "import.mapping.unknownField", name,
                    Arrays.stream(ImportField.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
