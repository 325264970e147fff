package org.mizan.memorial.boundary;

import org.mizan.memorial.entity.PublicPhoto;

import java.time.Instant;

/** An evidence photo approved for publication as a victim's portrait. */
public record PublicPhotoJson(long evidenceId, long personId, String approvedBy, Instant approvedAt) {

    static PublicPhotoJson of(PublicPhoto p) {
        return new PublicPhotoJson(p.evidenceId(), p.personId(), p.approvedBy(), p.approvedAt());
    }

    /** The body of an approval: which victim of the case the photo shows. */
    public record Input(Long personId) {
    }
}
