package org.mizan.reports.entity;

import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;

import java.util.List;

/**
 * A proceeding as one audience may see it, built only by {@code ProceedingRedaction}. The stage, event types, dates
 * and verdicts are coded values and always shown; court, file number, judge, charges and sentence are typed by the
 * lawyers and null where free text is withheld ({@code freeText} false, so that a page can say "withheld" rather than
 * "none"); the lawyers only where the team may be shown; their notes only
 * where both hold and the reader may read them.
 */
public record RedactedProceeding(Stage stage, boolean freeText, String court, String fileNumber, String investigativeJudge, List<String> lawyers,
                                 String notes, List<Event> events) {

    /** One step of the proceeding, with the stage it led to. */
    public record Event(PartialDate date, LegalEventType type, VerdictKind verdict, boolean inAbsentia, String charges,
                        String sentence, Stage after, String notes) {
    }
}
