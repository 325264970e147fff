package org.mizan.cases.boundary;

import java.io.Serializable;

/** One field's change, labelled for the reader. */
public final class FieldChange implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String oldValue;
    private final String newValue;

    FieldChange(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public boolean isAdded() {
        return oldValue.isEmpty();
    }
}
