package org.mizan.legal.entity;

/** What can happen in a proceeding (see docs/domain.md), in the rough order a prosecution meets them. */
public enum LegalEventType {
    COMPLAINT_FILED,
    INVESTIGATION_OPENED,
    /** قيدت ضد مجهول: the file is parked; the commonest road to impunity. */
    REGISTERED_AGAINST_UNKNOWN,
    INVESTIGATION_REOPENED,
    ARREST_WARRANT,
    ARREST,
    CONFESSION,
    /** إحالة to the criminal court, with the charges and the articles. */
    REFERRAL,
    TRIAL_HEARING,
    /** حكم: conviction (with sentence), acquittal, or release for insufficient evidence; possibly in absentia. */
    VERDICT,
    /** طعن تمييزي before the Federal Court of Cassation. */
    APPEAL_FILED,
    CASSATION_UPHELD,
    /** نقض: the verdict is set aside and the file returned for retrial or further investigation. */
    CASSATION_ANNULLED,
    RETRIAL_OPENED,
    /** A suspect let go (bail, end of detention, after acquittal…). */
    RELEASE,
    /** The verdict can no longer be appealed (the appeal period ran out without an appeal). */
    VERDICT_FINAL,
    CLOSED,
    COMPENSATION_PAID
}
