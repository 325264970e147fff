package org.mizan.legal.control;

import java.time.Instant;

/** A hearing as entered: when, which court (blank: the proceeding's), its purpose, and afterwards its outcome. */
public record HearingDraft(Instant startsAt, String court, String purpose, String outcomeNotes) {
}
