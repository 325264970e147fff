package org.mizan.cases.boundary;

import java.io.Serializable;

/** A value and its label, for the select menus. */
public record Choice(Object value, String label) implements Serializable {

    // Jakarta EL 5 reads bean getters, not record accessors.
    public Object getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
