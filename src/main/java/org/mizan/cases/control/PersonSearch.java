package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds persons by any spelling of their name in either script: the query is normalised and keyed
 * the way the index is, then matched by trigram word similarity — so "Kazem" finds كاظم and
 * "احمد" finds "Ahmed". Best match first; merged records never appear.
 */
@ApplicationScoped
public class PersonSearch {

    /** A person and how well, and by which of their spellings, they matched. */
    public record Match(Person person, double score, String spelling) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<Match> find(String query, CaseReader reader, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String normalised = ArabicNames.normalise(query);
        String key = ArabicNames.latinKey(query);
        String keyOrText = key.isBlank() ? normalised : key;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (p.id) p.id, greatest(word_similarity(?1, n.name_key), "
                        + "word_similarity(?2, n.normalised)) AS score, n.spelling FROM person_name_index n "
                        + "JOIN person p ON p.id = n.person_id WHERE p.merged_into IS NULL AND (?1 <% n.name_key OR ?2 <% n.normalised) AND "
                        + PersonService.visibleSql("p", reader) + " ORDER BY p.id, score DESC")
                .setParameter(1, keyOrText).setParameter(2, normalised).getResultList();
        rows.sort((a, b) -> Double.compare(((Number) b[1]).doubleValue(), ((Number) a[1]).doubleValue()));
        List<Object[]> best = rows.subList(0, Math.min(limit, rows.size()));
        if (best.isEmpty()) {
            return List.of();
        }
        // One query for all the persons shown, not one per match.
        java.util.Map<Long, Person> persons = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", best.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .getResultStream().collect(java.util.stream.Collectors.toMap(Person::getId, p -> p));
        List<Match> matches = new ArrayList<>();
        for (Object[] row : best) {
            matches.add(new Match(persons.get(((Number) row[0]).longValue()), ((Number) row[1]).doubleValue(), (String) row[2]));
        }
        return matches;
    }
}
