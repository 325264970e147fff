package org.mizan.reports.entity;

/**
 * Who a report or an export is for (docs/domain.md, report audiences); each shows less than the one before it.
 * {@link org.mizan.reports.control.Redaction} decides what each may show and who may ask for it.
 */
public enum Audience {
    /** Everything the reader may see — for the team itself. */
    INTERNAL,
    /** Lawyers and courts: names, no contact details. */
    LEGAL,
    /** A confidential submission to the UN: names only with the family's consent to submit. */
    UN,
    /** Parliament and press: named only with consent to publish, no witnesses, no exact addresses. */
    PUBLIC
}
