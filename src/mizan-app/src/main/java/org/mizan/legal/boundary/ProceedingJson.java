package org.mizan.legal.boundary;

import org.mizan.cases.control.TypedDate;
import org.mizan.legal.control.EventDraft;
import org.mizan.legal.control.ProceedingDraft;
import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.control.StageDerivation;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;
import org.mizan.platform.boundary.Unreadable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Proceedings on the wire; the lawyers' notes are left out for readers who may not see them. */
public final class ProceedingJson {

    private ProceedingJson() {
    }

    public record SuspectInput(Long personId, String label) {
    }

    public record ProceedingInput(String court, String fileNumber, String investigativeJudge, List<String> lawyers,
                                  List<SuspectInput> suspects, String notes, Long version) {
        ProceedingDraft toDraft() {
            return new ProceedingDraft(court, fileNumber, investigativeJudge, lawyers,
                    suspects == null ? List.of() : suspects.stream()
                            .map(s -> new ProceedingDraft.SuspectDraft(s.personId(), s.label())).toList(), notes);
        }
    }

    public record EventInput(String type, TypedDate date, Set<Long> suspects, String verdict, Boolean inAbsentia,
                             String returnedTo, String charges, String sentence, String notes, Set<Long> evidence) {
        EventDraft toDraft() {
            Unreadable unreadable = new Unreadable();
            EventDraft draft = new EventDraft(unreadable.code(LegalEventType.class, "type", type),
                    date == null ? null : unreadable.read(() -> date.toPartialDate("date")), suspects,
                    unreadable.code(VerdictKind.class, "verdict", verdict), Boolean.TRUE.equals(inAbsentia),
                    unreadable.code(ReturnedTo.class, "returnedTo", returnedTo), charges, sentence, notes, evidence);
            unreadable.throwIfAny();
            return draft;
        }
    }

    /** Where a prosecution stands; {@code verdict} only while a verdict stands. */
    public record StageView(String phase, String verdict, boolean inAbsentia, boolean finalVerdict) {
        static StageView of(Stage stage) {
            return new StageView(stage.phase().name(), stage.verdict() == null ? null : stage.verdict().name(), stage.inAbsentia(),
                    stage.finalVerdict());
        }
    }

    public record SuspectView(long id, Long personId, String label, StageView stage) {
    }

    public record EventView(long id, String type, TypedDate date, Set<Long> suspects, String verdict, boolean inAbsentia,
                            String returnedTo, String charges, String sentence, String notes, Set<Long> evidence,
                            StageView stageAfter, String recordedBy, Instant recordedAt) {
    }

    /** The facts the impunity clock counts from. */
    public record Milestones(LocalDate firstArrest, LocalDate firstInCourt, LocalDate finalVerdictOn, boolean everAgainstUnknown,
                             int suspectsReleased) {
    }

    public record ProceedingView(long id, String caseReference, String court, String fileNumber, String investigativeJudge,
                                 List<String> lawyers, List<SuspectView> suspects, String notes, StageView stage,
                                 Milestones milestones, List<EventView> events, long version, Instant updatedAt, String updatedBy,
                                 List<String> alsoLinkedTo) {

        static ProceedingView of(org.mizan.legal.control.ProceedingView view) {
            Proceeding p = view.proceeding();
            StageDerivation.Derived derived = view.derived();
            Map<Long, Stage> bySuspect = derived.bySuspect();
            List<SuspectView> suspects = p.getSuspects().stream()
                    .map(s -> new SuspectView(s.getId(), s.getPersonId(), s.getLabel(), StageView.of(bySuspect.get(s.getId())))).toList();
            List<EventView> events = new java.util.ArrayList<>();
            for (int i = 0; i < view.events().size(); i++) {
                LegalEvent e = view.events().get(i);
                events.add(new EventView(e.getId(), e.getType().name(), TypedDate.of(e.getDate()), e.getSuspects(),
                        e.getVerdict() == null ? null : e.getVerdict().name(), e.isInAbsentia(),
                        e.getReturnedTo() == null ? null : e.getReturnedTo().name(), view.freeTextShown() ? e.getCharges() : null,
                        view.freeTextShown() ? e.getSentence() : null,
                        view.notesShown() ? e.getNotes() : null, view.evidenceOf(e), StageView.of(derived.path().get(i).stage()),
                        view.staffShown() ? e.getRecordedBy() : null,
                        e.getRecordedAt()));
            }
            boolean typed = view.freeTextShown();
            return new ProceedingView(p.getId(), view.caseReference(), typed ? p.getCourt() : null, typed ? p.getFileNumber() : null,
                    typed ? p.getInvestigativeJudge() : null,
                    view.staffShown() ? List.copyOf(p.getLawyers()) : List.of(), suspects, view.notesShown() ? p.getNotes() : null, StageView.of(derived.stage()),
                    new Milestones(derived.firstArrest(), derived.firstInCourt(), derived.finalOn(), derived.everAgainstUnknown(),
                            derived.suspectsReleased()), events, p.getVersion(), p.getUpdatedAt(),
                    view.staffShown() ? p.getUpdatedBy() : null, view.alsoLinkedTo());
        }
    }

    public record HearingInput(String startsAt, String court, String purpose, String outcomeNotes, Long version) {
        org.mizan.legal.control.HearingDraft toDraft() {
            return new org.mizan.legal.control.HearingDraft(org.mizan.platform.control.Dates.instant("startsAt", startsAt), court,
                    purpose, outcomeNotes);
        }
    }

    /** A hearing; {@code outcomeNotes} only for the readers who may see the lawyers' notes. */
    public record HearingView(long id, long proceedingId, String caseReference, Instant startsAt, String court, String purpose,
                              String outcomeNotes, long version) {
        static HearingView of(org.mizan.legal.control.HearingView view) {
            var h = view.hearing();
            return new HearingView(h.getId(), h.getProceedingId(), view.caseReference(), h.getStartsAt(),
                    view.freeTextShown() ? h.getCourt() : null, view.freeTextShown() ? h.getPurpose() : null,
                    view.notesShown() ? h.getOutcomeNotes() : null, h.getVersion());
        }
    }
}
