package org.mizan.reports.entity;

/** How one person of a case appears for an audience. */
public enum Appearance {
    /** Full name, in whichever scripts it is recorded. */
    NAMED,
    /** Initials (from each recorded script) and an age group instead of the name. */
    INITIALS,
    /** Present with their part in the case (an alleged perpetrator's kind, say) but no name and no initials. */
    UNNAMED,
    /** Not shown at all. */
    OMITTED
}
