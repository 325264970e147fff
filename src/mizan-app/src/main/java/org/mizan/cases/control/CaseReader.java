package org.mizan.cases.control;

/**
 * Who is reading, as far as case visibility goes. A restricted case is seen by administrators and
 * by its assigned team — unless that member is only an advocate: advocates never see restricted cases.
 */
public record CaseReader(long userId, String username, boolean administrator, boolean mayJoinTeams, boolean mayEdit) {

    /** Only investigators record and change cases and persons. */
    public void requireEditor() {
        if (!mayEdit) {
            throw new org.mizan.platform.control.Forbidden(username + " may not edit cases");
        }
    }

    /** SQL that is true when the case aliased {@code c} is visible; binds nothing, the values are ours. */
    public String visibleSql(String alias) {
        if (administrator) {
            return "TRUE";
        }
        String standard = alias + ".confidentiality = 'STANDARD'";
        if (!mayJoinTeams) {
            return standard;
        }
        return "(" + standard + " OR EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = " + alias
                + ".id AND a.user_id = " + userId + "))";
    }
}
