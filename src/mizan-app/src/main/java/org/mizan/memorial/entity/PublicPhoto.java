package org.mizan.memorial.entity;

import java.time.Instant;

/** An evidence photo approved for publication as the portrait of one victim of its case: who approved it and when. */
public record PublicPhoto(long evidenceId, long personId, String approvedBy, Instant approvedAt) {
}
