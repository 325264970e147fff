package org.mizan.cases.entity;

/**
 * How firmly a perpetrator is tied to a case. Reports say "alleged" until a court has spoken: an allegation printed
 * as a finding can be struck out by a court, and can put its authors at risk.
 */
public enum PerpetratorCertainty {
    /** Named by the family, a witness or the press, and not yet borne out. */
    ALLEGED,
    /** Identified by a source the team graded (its reliability is in the case's sources). */
    IDENTIFIED_BY_SOURCE,
    /** Found responsible by a court's verdict. */
    ESTABLISHED_BY_COURT
}
