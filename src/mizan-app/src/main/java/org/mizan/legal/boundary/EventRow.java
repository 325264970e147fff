package org.mizan.legal.boundary;

import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Stage;
import org.mizan.platform.boundary.PageMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One legal event on the proceedings page, with the stage it left the proceeding in; {@code notes} is
 * null for readers who may not see the lawyers' notes.
 */
public record EventRow(long id, String date, String type, String outcome, List<String> suspects, String charges, String sentence,
                       String notes, List<EvidenceLink> evidence, String stageAfter, String stageSeverity, String recordedBy)
        implements Serializable {

    /** An evidence item the event rests on, by its id and file name. */
    public record EvidenceLink(long id, String name) implements Serializable {
        public long getId() { return id; }
        public String getName() { return name; }
    }

    /** {@code evidence}: the items of the event the reader may open (a shared proceeding's may be another case's). */
    static EventRow of(LegalEvent event, Stage after, Map<Long, String> suspectLabels, java.util.Set<Long> evidence,
                       Map<Long, String> evidenceNames, boolean notesShown, boolean staffShown, boolean freeTextShown) {
        String outcome = event.getVerdict() != null
                ? PageMessages.text("legal.verdict." + event.getVerdict())
                + (event.isInAbsentia() ? " · " + PageMessages.text("legal.stage.inAbsentia") : "")
                : event.getReturnedTo() != null ? PageMessages.text("legal.returnedTo." + event.getReturnedTo()) : null;
        return new EventRow(event.getId(), event.getDate().toString(), PageMessages.text("legal.event." + event.getType()), outcome,
                event.getSuspects().stream().map(id -> suspectLabels.getOrDefault(id, "#" + id)).toList(),
                freeTextShown ? event.getCharges() : null, freeTextShown ? event.getSentence() : null, notesShown ? event.getNotes() : null,
                evidence.stream().map(id -> new EvidenceLink(id, evidenceNames.getOrDefault(id, "#" + id))).toList(),
                StageText.label(after), StageText.severity(after), staffShown ? event.getRecordedBy() : null);
    }

    public long getId() { return id; }
    public String getDate() { return date; }
    public String getType() { return type; }
    public String getOutcome() { return outcome; }
    public List<String> getSuspects() { return suspects; }
    public String getSuspectsText() { return String.join(", ", suspects); }
    public String getCharges() { return charges; }
    public String getSentence() { return sentence; }
    public String getNotes() { return notes; }
    public List<EvidenceLink> getEvidence() { return evidence; }
    public String getStageAfter() { return stageAfter; }
    public String getStageSeverity() { return stageSeverity; }
    public String getRecordedBy() { return recordedBy; }
}
