package org.mizan.legal.boundary;

import org.mizan.legal.control.HearingView;
import org.mizan.legal.entity.Hearing;

import java.io.Serializable;
import java.time.Instant;

/**
 * A hearing on the pages, its time on Baghdad time; {@code outcomeNotes} null for readers who may not see them, the
 * court and purpose null where the case's free text is withheld from the reader.
 */
public record HearingRow(long id, long version, long proceedingId, String caseReference, Instant startsAt, String when, String court,
                         String purpose, String outcomeNotes, boolean past) implements Serializable {

    static HearingRow of(HearingView view, Instant now) {
        Hearing h = view.hearing();
        return new HearingRow(h.getId(), h.getVersion(), h.getProceedingId(), view.caseReference(), h.getStartsAt(),
                CourtTime.text(h.getStartsAt()), view.freeTextShown() ? h.getCourt() : null, view.freeTextShown() ? h.getPurpose() : null,
                view.notesShown() ? h.getOutcomeNotes() : null,
                h.getStartsAt().isBefore(now));
    }

    public long getId() { return id; }
    public String getCaseReference() { return caseReference; }
    public String getWhen() { return when; }
    public String getCourt() { return court; }
    public String getPurpose() { return purpose; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public boolean isPast() { return past; }
}
