package org.mizan.memorial.entity;

import java.time.Instant;
import java.util.List;

/**
 * One issued memorial site. {@code namedPersons}: the ids of the persons it names (for the changes the next one lists),
 * never shown on the site itself.
 */
public record Publication(String id, String issuedBy, Instant issuedAt, int victimsNamed, int victimsCounted, int files,
                          String manifestSha256, List<Long> namedPersons) {

    public Publication {
        namedPersons = List.copyOf(namedPersons);
    }
}
