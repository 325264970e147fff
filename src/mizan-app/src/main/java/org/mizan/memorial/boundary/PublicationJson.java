package org.mizan.memorial.boundary;

import org.mizan.memorial.control.Publications;

import java.time.Instant;
import java.util.List;

/**
 * An issued memorial publication: counts, the manifest's SHA-256, and who it added and removed (person ids) since the
 * one before. The site itself is downloaded as a zip, never served.
 */
public record PublicationJson(String id, String issuedBy, Instant issuedAt, int victimsNamed, int victimsCounted, int files,
                              String manifestSha256, List<Long> added, List<Long> removed) implements java.io.Serializable {

    static PublicationJson of(Publications.Issued issued) {
        var p = issued.publication();
        return new PublicationJson(p.id(), p.issuedBy(), p.issuedAt(), p.victimsNamed(), p.victimsCounted(), p.files(),
                p.manifestSha256(), issued.added(), issued.removed());
    }

    /** What the next publication would hold: counts, the names it would add, how many it would remove. */
    public record PreviewJson(int victimsNamed, int victimsCounted, List<String> added, int removed) {

        static PreviewJson of(Publications.Preview p) {
            return new PreviewJson(p.victimsNamed(), p.victimsCounted(), p.added(), p.removed());
        }
    }
}
