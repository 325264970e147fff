package org.mizan.imports.boundary;

import org.mizan.imports.control.ColumnMapping;
import org.mizan.imports.entity.ImportField;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's column mapping: for each header of the file, the name of the field it goes to, "" for a column not
 * imported. Kept as text because the page's selects bind to a map, whose values JSF cannot convert by type.
 */
public final class ImportColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

    /** For a file (re)read: a header chosen before keeps its choice, a new one takes the suggestion. */
    void read(List<String> headers, Map<String, ImportField> suggested) {
        Map<String, String> before = new LinkedHashMap<>(fields);
        fields.clear();
        for (String header : headers) {
            ImportField guess = suggested.get(header);
            fields.put(header, before.getOrDefault(header, guess == null ? "" : guess.name()));
        }
    }

    /** A saved mapping replaces the choices for the headers it knows and leaves the others unimported. */
    void apply(ColumnMapping saved) {
        fields.replaceAll((header, field) -> {
            ImportField chosen = saved.byHeader().get(header);
            return chosen == null ? "" : chosen.name();
        });
    }

    ColumnMapping mapping() {
        Map<String, ImportField> byHeader = new LinkedHashMap<>();
        fields.forEach((header, field) -> {
            if (field != null && !field.isBlank()) {
                byHeader.put(header, ColumnMapping.field(field));
            }
        });
        return new ColumnMapping(byHeader);
    }

    void clear() {
        fields.clear();
    }

    /** Bound by the page: {@code #{importView.columns.fields[header]}}. */
    public Map<String, String> getFields() {
        return fields;
    }

    public ImportField[] getChoices() {
        return ImportField.values();
    }
}
