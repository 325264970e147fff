package org.mizan.legal.control;

import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;

import java.util.List;

/**
 * A proceeding with its events in date order and the stage derived from them; {@code notesShown} is
 * false for readers who may not see the lawyers' notes (advocates), and the boundaries leave them out;
 * {@code staffShown} false for readers the redaction policy does not show the team to (the lawyers, who recorded
 * and who changed, the evidence files' names); {@code freeTextShown} false where the policy withholds the case's free
 * text from the reader: then the court, file number, judge, charges and sentence, typed by the lawyers, are left out
 * too, as in a report of the same audience.
 */
public record ProceedingView(Proceeding proceeding, String caseReference, List<LegalEvent> events, StageDerivation.Derived derived,
                             boolean notesShown, boolean staffShown, boolean freeTextShown) {
}
