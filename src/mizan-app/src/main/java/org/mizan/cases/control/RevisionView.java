package org.mizan.cases.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.mizan.cases.entity.Revision;

import java.io.StringReader;
import java.time.Instant;

/** One revision of a case, a person or a proceeding as the history is read: who changed what, and when. */
public record RevisionView(Instant changedAt, String changedBy, String entity, JsonArray changes) {

    public static RevisionView of(Revision r) {
        try (var reader = Json.createReader(new StringReader(r.getChanges()))) {
            return new RevisionView(r.getChangedAt(), r.getChangedBy(), r.getEntityType().toLowerCase() + ":" + r.getEntityId(),
                    reader.readArray());
        }
    }
}
