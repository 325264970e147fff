package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.cases.entity.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Keeps every change to a case or person: the fields that differ between the record before and
 * after, each with its old and new value. Joined the caller's transaction: no change without its revision.
 */
@ApplicationScoped
public class RevisionLog {

    @PersistenceContext
    EntityManager em;

    /** Records the difference and returns the changed fields; records nothing when none changed. */
    public List<String> record(String entityType, long entityId, Map<String, String> before, Map<String, String> after,
                          String by, Instant at) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        List<String> changed = new java.util.ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changed.add(field);
                changes.add(Json.createObjectBuilder().add("field", field)
                        .add("old", old == null ? Json.createValue("") : Json.createValue(old))
                        .add("new", now == null ? Json.createValue("") : Json.createValue(now)));
            }
        }
        if (!changed.isEmpty()) {
            em.persist(new Revision(entityType, entityId, by, at, changes.build().toString()));
        }
        return changed;
    }

    /**
     * The revisions as someone who reads the record redacted may see them: when, and which fields changed — not
     * who (the team's usernames) nor the values. Old values are names and narratives as they once stood, and no
     * redaction can find them all in free text; so the summary, never the values. The revisions returned are
     * copies that are never stored.
     */
    public static List<Revision> summaries(List<Revision> revisions) {
        return revisions.stream().map(RevisionLog::summary).toList();
    }

    private static Revision summary(Revision revision) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        try (var reader = Json.createReader(new java.io.StringReader(revision.getChanges()))) {
            reader.readArray().forEach(change -> fields.add(Json.createObjectBuilder()
                    .add("field", change.asJsonObject().getString("field", "")).add(WITHHELD, true)));
        }
        return new Revision(revision.getEntityType(), revision.getEntityId(), null, revision.getChangedAt(),
                fields.build().toString());
    }

    /** Marks a change in a summary whose values are withheld. */
    public static final String WITHHELD = "withheld";

    public List<Revision> of(String entityType, long entityId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.entityType = :type AND r.entityId = :id ORDER BY r.id DESC",
                        Revision.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }

    /** The history of several records together, newest first: a merged person keeps the history of both. */
    public List<Revision> of(String entityType, List<Long> entityIds) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.entityType = :type AND r.entityId IN :ids ORDER BY r.id DESC",
                        Revision.class)
                .setParameter("type", entityType).setParameter("ids", entityIds).getResultList();
    }
}
