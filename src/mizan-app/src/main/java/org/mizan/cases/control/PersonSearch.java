package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.Person;
import org.mizan.security.control.CaseReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds persons by any spelling of their name in either script: the query is keyed the way the
 * index is and matched name by name ({@link NameQuery}) — so "Kazem" finds كاظم and "احمد" finds
 * "Ahmed". Best match first; merged records and persons only in cases the reader may not see never appear.
 */
@ApplicationScoped
public class PersonSearch {

    /** A person and how well, and by which of their spellings, they matched. */
    public record Match(Person person, double score, String spelling) {
    }

    @PersistenceContext
    EntityManager em;
    @jakarta.inject.Inject
    CaseDisclosure disclosure;

    @Transactional
    public List<Match> find(String query, CaseReader reader, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        SqlRunner db = SqlRunner.of(em);
        List<NameQuery.Hit> found = NameQuery.of(query).matching(db).map(m -> m.persons(db, reader, limit)).orElse(List.of());
        // A name search by someone who reads cases redacted finds only persons some case names to them: finding a
        // person shown by initials would confirm the name behind the initials.
        java.util.Set<Long> nameable = disclosure.nameable(found.stream().map(NameQuery.Hit::personId).toList(), reader);
        List<NameQuery.Hit> best = found.stream().filter(hit -> nameable.contains(hit.personId())).toList();
        if (best.isEmpty()) {
            return List.of();
        }
        // One query for all the persons shown, not one per match.
        Map<Long, Person> persons = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", best.stream().map(NameQuery.Hit::personId).toList())
                // Their aliases in one more query, not one each (EclipseLink's batch reading).
                .setHint("eclipselink.batch", "p.aliases").setHint("eclipselink.batch.type", "IN")
                .getResultStream().collect(Collectors.toMap(Person::getId, p -> p));
        List<Match> matches = new ArrayList<>();
        for (NameQuery.Hit hit : best) {
            matches.add(new Match(persons.get(hit.personId()), hit.score(), hit.spelling()));
        }
        return matches;
    }
}
