package org.mizan.legal.control;

import org.mizan.legal.entity.Hearing;

/** A hearing with its case; {@code notesShown} false for readers who may not see the lawyers' notes. */
public record HearingView(Hearing hearing, String caseReference, boolean notesShown) {
}
