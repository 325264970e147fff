package org.mizan.legal.control;

import org.mizan.legal.entity.Hearing;

/**
 * A hearing with its case; {@code notesShown} false for readers who may not see the lawyers' notes,
 * {@code freeTextShown} false where the case's free text is withheld from the reader (the court and purpose go too).
 */
public record HearingView(Hearing hearing, String caseReference, boolean notesShown, boolean freeTextShown) {

    /** A hearing as its own team reads it. */
    static HearingView ofTeam(Hearing hearing, String caseReference) {
        return new HearingView(hearing, caseReference, true, true);
    }
}
