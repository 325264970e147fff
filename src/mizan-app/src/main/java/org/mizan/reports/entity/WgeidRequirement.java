package org.mizan.reports.entity;

/**
 * What the UN Working Group on Enforced or Involuntary Disappearances needs before it can take a case (docs/domain.md),
 * as far as the case record must supply it, plus the two conditions that come before any of it: the case is a
 * disappearance, and the family consented to the submission. The submitter (item (f)) is typed in when the
 * submission is made, so it is checked as input instead. {@link #item()} is what a refusal names: the letter of
 * Working Group's list, or a word for the two conditions.
 */
public enum WgeidRequirement {
    /** The case is recorded as an abduction / enforced disappearance (ABDUCTION). */
    DISAPPEARANCE("type"),
    /** (a) Full name and identifying data of the disappeared person. */
    IDENTITY("a"),
    /** (b) Year, month and day of the disappearance. */
    DATE("b"),
    /** (c) Place of arrest, abduction or where last seen. */
    PLACE("c"),
    /** (d) Who is believed to have carried it out. */
    PERPETRATORS("d"),
    /** (e) Steps taken by the family to find the person, and the result. */
    FAMILY_STEPS("e"),
    /** The family's prior consent to the submission (a UN_SUBMISSION consent). */
    CONSENT("consent");

    private final String item;

    WgeidRequirement(String item) {
        this.item = item;
    }

    public String item() {
        return item;
    }

    /** The bundle key of the sentence that says what is missing. */
    public String messageKey() {
        return "wgeid.missing." + item;
    }
}
