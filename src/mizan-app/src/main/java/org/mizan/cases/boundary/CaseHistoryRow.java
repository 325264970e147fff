package org.mizan.cases.boundary;

import java.io.Serializable;
import java.util.List;

/** One saved change: when, who, and each field's old and new value. */
public final class CaseHistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String when;
    private final String who;
    private final List<FieldChange> changes;

    CaseHistoryRow(String when, String who, List<FieldChange> changes) {
        this.when = when;
        this.who = who;
        this.changes = changes;
    }

    public String getWhen() {
        return when;
    }

    public String getWho() {
        return who;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
