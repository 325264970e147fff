package org.mizan.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A value and its label, for the select menus. */
public record Choice(Object value, String label) implements Serializable {

    /** A menu of codes and their labels, in the map's order. */
    public static List<Choice> all(Map<?, String> labels) {
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    // Jakarta EL 5 reads bean getters, not record accessors.
    public Object getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
