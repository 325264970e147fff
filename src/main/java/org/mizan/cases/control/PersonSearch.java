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
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            matches.add(new Match(em.find(Person.class, ((Number) row[0]).longValue()), ((Number) row[1]).doubleValue(), (String) row[2]));
        }
        matches.sort((a, b) -> Double.compare(b.score(), a.score()));
        return matches.subList(0, Math.min(limit, matches.size()));
    }
}
