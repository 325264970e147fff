package org.mizan.cases.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.Person;
import org.mizan.platform.control.MizanDataSource;
import org.mizan.security.control.CaseReader;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds persons by any spelling of their name in either script: the query is keyed the way the
 * index is and matched name by name ({@link NameQuery}) — so "Kazem" finds كاظم and "احمد" finds
 * "Ahmed". Best match first; merged records and persons only in cases the reader may not see never appear.
 *
 * <p>A query that reads as a case reference ({@link CaseReferences#searched}: "MZN-2020-0010", "2020-0010") is no name:
 * it finds the persons of the cases so referenced that the reader may see (and see by name), in the order the cases
 * list them, or nobody — never a Mazin, whose name shares its letters.
 */
@ApplicationScoped
public class PersonSearch {

    /** A person and how well, and by which of their spellings, they matched. */
    public record Match(Person person, double score, String spelling) {
    }

    /** A person as shown in a list of results, and how well, and by which spelling, they matched. */
    public record Found(PersonRow person, double score, String spelling) {
    }

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;
    @jakarta.inject.Inject
    CaseDisclosure disclosure;

    /** The persons found as entities, for callers that go on to compare or change them (duplicates, the case page). */
    @Transactional
    public List<Match> find(String query, CaseReader reader, int limit) {
        List<NameQuery.Hit> best = best(SqlRunner.of(em), query, reader, limit);
        if (best.isEmpty()) {
            return List.of();
        }
        // One query for all the persons shown, not one per match.
        Map<Long, Person> persons = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", best.stream().map(NameQuery.Hit::personId).toList())
                // Their aliases in one more query, not one each (EclipseLink's batch reading).
                .setHint("eclipselink.batch", "p.aliases").setHint("eclipselink.batch.type", "IN")
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        return best.stream().map(hit -> new Match(persons.get(hit.personId()), hit.score(), hit.spelling())).toList();
    }

    /**
     * The persons found as rows to show ({@link PersonRow#byIds}: one statement with their aliases, no entities): what
     * {@code GET /api/persons?q=} answers. Read outside a transaction, on a connection of its own in auto-commit: it
     * writes nothing, and at READ COMMITTED each statement reads its own snapshot inside a transaction too, so one
     * would add only its BEGIN, its COMMIT and the transaction manager's work to every keystroke of a name search.
     */
    public List<Found> rows(String query, CaseReader reader, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            SqlRunner db = new JdbcSqlRunner(connection);
            List<NameQuery.Hit> best = best(db, query, reader, limit);
            if (best.isEmpty()) {
                return List.of();
            }
            Map<Long, PersonRow> persons = db.rows(PersonRow.byIds(best.stream().map(NameQuery.Hit::personId).toList())).stream()
                    .map(PersonRow::of).collect(Collectors.toMap(PersonRow::id, Function.identity()));
            return best.stream().map(hit -> new Found(persons.get(hit.personId()), hit.score(), hit.spelling())).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The best {@code limit} hits this reader may see, and see by name. */
    private List<NameQuery.Hit> best(SqlRunner db, String query, CaseReader reader, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Optional<String> reference = CaseReferences.searched(query);
        List<NameQuery.Hit> found = reference.isPresent() ? inCases(db, reference.get(), reader, limit)
                : NameQuery.of(query).matching(db).map(m -> m.persons(db, reader, limit)).orElse(List.of());
        if (found.isEmpty()) {
            return List.of();
        }
        // A name search by someone who reads cases redacted finds only persons some case names to them: finding a
        // person shown by initials would confirm the name behind the initials.
        Set<Long> nameable = disclosure.nameable(found.stream().map(NameQuery.Hit::personId).toList(), reader);
        return found.stream().filter(hit -> nameable.contains(hit.personId())).toList();
    }

    /** The persons of the cases whose reference starts so and the reader may see, each by their first name as recorded. */
    private static List<NameQuery.Hit> inCases(SqlRunner db, String reference, CaseReader reader, int limit) {
        return db.rows(new SqlStatement("SELECT p.id, coalesce(p.name_ar, p.name_latin) FROM violation_case c "
                        + "JOIN case_party cp ON cp.case_id = c.id JOIN person p ON p.id = cp.person_id "
                        + "WHERE c.reference LIKE ? AND p.merged_into IS NULL AND " + CaseVisibility.sql("c", reader)
                        + " GROUP BY p.id ORDER BY min(c.reference), min(cp.position), p.id LIMIT " + limit,
                        List.of(reference + "%")))
                .stream().map(row -> new NameQuery.Hit(((Number) row[0]).longValue(), (String) row[1], 1.0)).toList();
    }
}
