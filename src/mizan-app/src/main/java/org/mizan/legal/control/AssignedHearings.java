package org.mizan.legal.control;

import org.mizan.cases.control.CaseVisibility;

/**
 * The hearings of the cases a user is on the team of, as SQL the dashboard and the calendar feed both run: each hearing
 * once, even when its proceeding is shared by several of the user's cases, under its home case when that is one of them.
 */
final class AssignedHearings {

    private AssignedHearings() {
    }

    /**
     * {@code columns} of the hearings aliased {@code h} (with {@code h.reference}, the case's) binding ?1 the user's id,
     * ?2 and ?3 the times from (inclusive) and to; soonest first.
     */
    static String select(String columns) {
        return "SELECT " + columns + " FROM (SELECT DISTINCT ON (h.id) h.*, c.reference FROM hearing h "
                + "JOIN proceeding p ON p.id = h.proceeding_id JOIN proceeding_case pc ON pc.proceeding_id = p.id "
                + "JOIN violation_case c ON c.id = pc.case_id JOIN case_assignee a ON a.case_id = c.id AND a.user_id = ?1 "
                + "WHERE h.starts_at >= ?2 AND h.starts_at < ?3 AND " + CaseVisibility.live("c")
                + " ORDER BY h.id, c.id <> p.case_id, c.id) h ORDER BY h.starts_at, h.id";
    }
}
