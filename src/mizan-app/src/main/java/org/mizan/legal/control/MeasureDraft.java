package org.mizan.legal.control;

import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.MeasureKind;

/** A non-judicial measure as entered: its kind, partial date, the authority that took it, what it said, where it is published. */
public record MeasureDraft(MeasureKind kind, PartialDate date, String authority, String description, String sourceUrl) {
}
