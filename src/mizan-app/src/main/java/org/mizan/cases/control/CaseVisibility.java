package org.mizan.cases.control;

import org.mizan.security.control.CaseReader;

/**
 * Which cases a reader sees, as SQL every query that touches cases appends. Standard cases are seen by every
 * reader; a restricted case by administrators and by its team (whose members the reader's roles let join).
 */
public final class CaseVisibility {

    private CaseVisibility() {
    }

    /** SQL that is true when the case aliased {@code alias} is visible; binds nothing, the values are ours. */
    public static String sql(String alias, CaseReader reader) {
        if (reader.administrator()) {
            return "TRUE";
        }
        String standard = alias + ".confidentiality = 'STANDARD'";
        if (!reader.mayJoinTeams()) {
            return standard;
        }
        return "(" + standard + " OR EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = " + alias
                + ".id AND a.user_id = " + reader.userId() + "))";
    }
}
