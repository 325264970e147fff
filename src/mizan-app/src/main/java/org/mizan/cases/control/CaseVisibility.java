package org.mizan.cases.control;

import org.mizan.security.control.CaseReader;

/**
 * Which cases a reader sees, as SQL every query that touches cases appends. A withdrawn case is seen by nobody here
 * (only an administrator's list of withdrawn cases reads it). Standard cases are seen by every reader; a restricted
 * case by administrators and by its team (whose members the reader's roles let join).
 */
public final class CaseVisibility {

    private CaseVisibility() {
    }

    /** SQL that is true when the case aliased {@code alias} is visible; binds nothing, the values are ours. */
    public static String sql(String alias, CaseReader reader) {
        if (reader.administrator()) {
            return live(alias);
        }
        String standard = alias + ".confidentiality = 'STANDARD'";
        if (!reader.mayJoinTeams()) {
            return "(" + live(alias) + " AND " + standard + ")";
        }
        return "(" + live(alias) + " AND (" + standard + " OR EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = " + alias
                + ".id AND a.user_id = " + reader.userId() + ")))";
    }

    /**
     * SQL that is true when the case aliased {@code alias} has not been withdrawn: for the queries that reach cases
     * through their team (calendars, dashboards) rather than through {@link #sql}.
     */
    public static String live(String alias) {
        return alias + ".withdrawn_at IS NULL";
    }
}
