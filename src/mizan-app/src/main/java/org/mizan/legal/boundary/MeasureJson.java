package org.mizan.legal.boundary;

import org.mizan.cases.control.TypedDate;
import org.mizan.legal.control.MeasureDraft;
import org.mizan.legal.control.MeasureView;
import org.mizan.legal.entity.CaseMeasure;
import org.mizan.legal.entity.MeasureKind;
import org.mizan.platform.boundary.Unreadable;

import java.time.Instant;

/** Measures outside the courts on the wire; the team's typed text left out where the case's free text is withheld. */
public final class MeasureJson {

    private MeasureJson() {
    }

    public record MeasureInput(String kind, TypedDate date, String authority, String description, String sourceUrl, Long version) {
        MeasureDraft toDraft() {
            Unreadable unreadable = new Unreadable();
            MeasureDraft draft = new MeasureDraft(unreadable.code(MeasureKind.class, "kind", kind),
                    date == null ? null : unreadable.read(() -> date.toPartialDate("date")), authority, description, sourceUrl);
            unreadable.throwIfAny();
            return draft;
        }
    }

    public record MeasureOutput(long id, String caseReference, String kind, TypedDate date, String authority, String description,
                                String sourceUrl, long version, Instant recordedAt, String recordedBy, Instant updatedAt,
                                String updatedBy) {
        static MeasureOutput of(MeasureView view) {
            CaseMeasure m = view.measure();
            boolean typed = view.freeTextShown();
            boolean staff = view.staffShown();
            return new MeasureOutput(m.getId(), view.caseReference(), m.getKind().name(), TypedDate.of(m.getDate()),
                    typed ? m.getAuthority() : null, typed ? m.getDescription() : null, typed ? m.getSourceUrl() : null,
                    m.getVersion(), m.getCreatedAt(), staff ? m.getCreatedBy() : null, m.getUpdatedAt(),
                    staff ? m.getUpdatedBy() : null);
        }
    }
}
