package org.mizan.reports.entity;

/**
 * A source of a case as an audience may see it: its reliability grade always; what it is ("the brother's account")
 * and where it is only where the team's own traces may be shown, since a description names who spoke.
 */
public record RedactedSource(String reliability, String description, String url) {
}
