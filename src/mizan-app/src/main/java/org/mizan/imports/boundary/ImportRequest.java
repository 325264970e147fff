package org.mizan.imports.boundary;

import jakarta.json.JsonObject;
import org.mizan.imports.control.ColumnMapping;
import org.mizan.imports.control.ImportMappings;
import org.mizan.imports.control.TableOptions;
import org.mizan.platform.control.InvalidInput;

/**
 * How to read an uploaded file and map it: {@code mapping} ({"<header>": "<FIELD>"}) or the name of a saved one
 * ({@code mappingName}); {@code encoding}, {@code delimiter} and {@code sheet} only to override what was detected.
 */
public record ImportRequest(JsonObject mapping, String mappingName, String encoding, String delimiter, Integer sheet) {

    TableOptions options() {
        return ImportOptions.of(encoding, delimiter, sheet);
    }

    ColumnMapping columns(ImportMappings saved) {
        if (mapping != null) {
            return ColumnMapping.of(mapping);
        }
        if (mappingName != null && !mappingName.isBlank()) {
            return saved.named(mappingName.strip());
        }
        throw new InvalidInput("mapping", "import.mapping.missing");
    }
}
