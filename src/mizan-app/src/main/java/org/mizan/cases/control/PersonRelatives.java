package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.Kinship;
import org.mizan.cases.entity.Person;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Family links between persons: a father and his son killed in separate incidents, a brother who is also a witness.
 * Read and changed only by readers who see cases whole (a family tree is as identifying as a name), and only between
 * persons the reader may see; a relative hidden from the reader is left out, never hinted at. Each link is audited.
 */
@ApplicationScoped
public class PersonRelatives {

    public static final String ACTION_LINK = "PERSON_RELATIVE_LINK";
    public static final String ACTION_UNLINK = "PERSON_RELATIVE_UNLINK";

    /** A relative as the reader sees them. */
    public record Relative(Person person, Kinship kinship) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PersonService persons;
    @Inject
    CaseDisclosure disclosure;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The person's relatives the reader may see; none at all for a reader who reads cases redacted. */
    @Transactional
    public List<Relative> of(long personId, CaseReader reader) {
        persons.visible(personId, reader);
        return ofAll(List.of(personId), reader).getOrDefault(personId, List.of());
    }

    /**
     * The relatives the reader may see of persons the reader already may see (the parties of a case on its page), by
     * person, in two statements whatever their number; none at all for a reader who reads cases redacted.
     */
    @Transactional
    public Map<Long, List<Relative>> ofAll(Collection<Long> personIds, CaseReader reader) {
        if (personIds.isEmpty() || disclosure.redacts(reader)) {
            return Map.of();
        }
        List<Object[]> rows = ((List<?>) em.createNativeQuery("SELECT k.person_id, k.relative_id, k.kinship FROM person_kinship k "
                        + "JOIN person p ON p.id = k.relative_id WHERE k.person_id = ANY(CAST(?1 AS bigint[])) AND "
                        + PersonService.visibleSql("p", reader) + " ORDER BY k.person_id, k.kinship, k.relative_id")
                .setParameter(1, personIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getResultList()).stream().map(row -> (Object[]) row).toList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Person> found = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", rows.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, p -> p));
        Map<Long, List<Relative>> byPerson = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byPerson.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new Relative(found.get(((Number) row[1]).longValue()), Kinship.valueOf((String) row[2])));
        }
        return byPerson;
    }

    /** Records that {@code relativeId} is the person's {@code kinship} (and the inverse), replacing an earlier link. */
    @Transactional
    public void link(long personId, long relativeId, Kinship kinship, Actor actor, CaseReader reader) {
        reader.requireEditor();
        requireTwoVisible(personId, relativeId, reader);
        if (kinship == null) {
            throw new InvalidInput("kinship", "validation.required");
        }
        upsert(personId, relativeId, kinship, actor);
        upsert(relativeId, personId, kinship.inverse(), actor);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_LINK, "person:" + personId, Outcome.SUCCESS,
                "relative person:" + relativeId + " " + kinship));
    }

    @Transactional
    public void unlink(long personId, long relativeId, Actor actor, CaseReader reader) {
        reader.requireEditor();
        requireTwoVisible(personId, relativeId, reader);
        int removed = em.createNativeQuery("DELETE FROM person_kinship WHERE (person_id = ?1 AND relative_id = ?2) "
                + "OR (person_id = ?2 AND relative_id = ?1)").setParameter(1, personId).setParameter(2, relativeId).executeUpdate();
        if (removed > 0) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_UNLINK, "person:" + personId,
                    Outcome.SUCCESS, "relative person:" + relativeId));
        }
    }

    /** Every relative's id, whoever may see them: the duplicate check must not offer a relative as the same person. */
    @Transactional
    public Set<Long> idsOf(long personId) {
        return ((List<?>) em.createNativeQuery("SELECT relative_id FROM person_kinship WHERE person_id = ?1")
                .setParameter(1, personId).getResultList()).stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /** A merged person's links become the survivor's (except a link to the survivor itself, which a merge refuses). */
    void moveLinks(long mergedId, long survivorId) {
        em.createNativeQuery("INSERT INTO person_kinship (person_id, relative_id, kinship, recorded_by, recorded_at) "
                        + "SELECT ?2, relative_id, kinship, recorded_by, recorded_at FROM person_kinship WHERE person_id = ?1 "
                        + "AND relative_id <> ?2 ON CONFLICT DO NOTHING")
                .setParameter(1, mergedId).setParameter(2, survivorId).executeUpdate();
        em.createNativeQuery("INSERT INTO person_kinship (person_id, relative_id, kinship, recorded_by, recorded_at) "
                        + "SELECT person_id, ?2, kinship, recorded_by, recorded_at FROM person_kinship WHERE relative_id = ?1 "
                        + "AND person_id <> ?2 ON CONFLICT DO NOTHING")
                .setParameter(1, mergedId).setParameter(2, survivorId).executeUpdate();
        em.createNativeQuery("DELETE FROM person_kinship WHERE person_id = ?1 OR relative_id = ?1").setParameter(1, mergedId)
                .executeUpdate();
    }

    private void requireTwoVisible(long personId, long relativeId, CaseReader reader) {
        if (disclosure.redacts(reader)) {
            // An editor always reads whole cases; this keeps the rule true should that ever change.
            throw new org.mizan.platform.control.NotFound("person " + personId);
        }
        persons.visible(personId, reader);
        if (personId == relativeId) {
            throw new InvalidInput("relativeId", "person.relative.self");
        }
        persons.visible(relativeId, reader);
    }

    private void upsert(long personId, long relativeId, Kinship kinship, Actor actor) {
        em.createNativeQuery("INSERT INTO person_kinship (person_id, relative_id, kinship, recorded_by, recorded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (person_id, relative_id) DO UPDATE SET kinship = EXCLUDED.kinship, "
                        + "recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at")
                .setParameter(1, personId).setParameter(2, relativeId).setParameter(3, kinship.name())
                .setParameter(4, actor.username()).setParameter(5, java.sql.Timestamp.from(clock.instant())).executeUpdate();
    }
}
