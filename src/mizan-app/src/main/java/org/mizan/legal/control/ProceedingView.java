package org.mizan.legal.control;

import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A proceeding with its events in date order and the stage derived from them; {@code notesShown} is
 * false for readers who may not see the lawyers' notes (advocates), and the boundaries leave them out;
 * {@code staffShown} false for readers the redaction policy does not show the team to (the lawyers, who recorded
 * and who changed, the evidence files' names); {@code freeTextShown} false where the policy withholds the case's free
 * text from the reader: then the court, file number, judge, charges and sentence, typed by the lawyers, are left out
 * too, as in a report of the same audience. {@code caseReference} is the case the reader sees it under,
 * {@code alsoLinkedTo} the other cases it is linked to that the reader may see; {@code readableEvidence} the evidence
 * items of its events whose case the reader may see — an event of a shared proceeding may rest on another case's files.
 */
public record ProceedingView(Proceeding proceeding, String caseReference, List<LegalEvent> events, StageDerivation.Derived derived,
                             boolean notesShown, boolean staffShown, boolean freeTextShown, List<String> alsoLinkedTo,
                             Set<Long> readableEvidence) {

    /** The evidence items an event rests on that this reader may open; the others are not named to them at all. */
    public Set<Long> evidenceOf(LegalEvent event) {
        Set<Long> shown = new LinkedHashSet<>(event.getEvidence());
        shown.retainAll(readableEvidence);
        return shown;
    }
}
