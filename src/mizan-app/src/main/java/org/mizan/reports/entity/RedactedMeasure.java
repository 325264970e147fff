package org.mizan.reports.entity;

import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.MeasureKind;

/**
 * A measure outside the courts as one audience may see it, built only by {@code ProceedingRedaction}: its kind and date
 * are coded values and always shown; the authority, description and source are typed by the team and null where free
 * text is withheld, as a proceeding's court is.
 */
public record RedactedMeasure(PartialDate date, MeasureKind kind, String authority, String description, String sourceUrl) {
}
