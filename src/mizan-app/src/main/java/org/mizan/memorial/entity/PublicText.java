package org.mizan.memorial.entity;

import java.time.Instant;

/**
 * A victim's short public text in one language, as the case's lead wrote it; {@code approvedBy}/{@code approvedAt} are
 * null until someone who may approve it did so for exactly this wording.
 */
public record PublicText(long caseId, long personId, String language, String body, String writtenBy, Instant writtenAt,
                         String approvedBy, Instant approvedAt) {

    public boolean approved() {
        return approvedAt != null;
    }
}
