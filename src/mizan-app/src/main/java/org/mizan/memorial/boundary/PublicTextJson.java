package org.mizan.memorial.boundary;

import org.mizan.memorial.entity.PublicText;

import java.time.Instant;

/** A victim's public text over REST: what was written, by whom, and whether and by whom it was approved. */
public record PublicTextJson(long personId, String language, String text, String writtenBy, Instant writtenAt, boolean approved,
                             String approvedBy, Instant approvedAt) {

    static PublicTextJson of(PublicText t) {
        return new PublicTextJson(t.personId(), t.language(), t.body(), t.writtenBy(), t.writtenAt(), t.approved(), t.approvedBy(),
                t.approvedAt());
    }

    /** The body of a write: the text alone. */
    public record Input(String text) {
    }
}
