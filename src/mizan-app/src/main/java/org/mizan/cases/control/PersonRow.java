package org.mizan.cases.control;

import org.mizan.cases.entity.Person;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A person as a search result shows it, read with its aliases in one statement and no entity: a name search answers
 * every keystroke of the case page and every script calling {@code /api/persons?q=}, and building and tracking
 * {@link Person} entities for rows that are only shown cost more than reading them.
 */
public record PersonRow(long id, String kind, String nameArabic, String nameLatin, List<String> aliases, String gender,
                        Integer birthYear, String occupation, String affiliation, String governorate, Long mergedInto,
                        Instant updatedAt, String updatedBy, long version, List<String> occupations) {

    public PersonRow {
        aliases = List.copyOf(aliases);
        occupations = List.copyOf(occupations);
    }

    /** The same fields of an entity already loaded, so that both kinds of read are shown one way. */
    public static PersonRow of(Person p) {
        return new PersonRow(p.getId(), p.getKind().name(), p.getNameArabic(), p.getNameLatin(), p.getAliases(),
                name(p.getGender()), p.getBirthYear(), name(p.getOccupation()), p.getAffiliation(), p.getGovernorate(),
                p.getMergedInto(), p.getUpdatedAt(), p.getUpdatedBy(), p.getVersion(),
                p.getOccupations().stream().map(Enum::name).toList());
    }

    /**
     * These persons, their aliases and occupations aggregated in the same statement (no query per person). The ids are numbers read from
     * the database, not input, so they can stand in the SQL.
     */
    public static SqlStatement byIds(Collection<Long> ids) {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new SqlStatement("SELECT p.id, p.kind, p.name_ar, p.name_latin, "
                + "ARRAY(SELECT a.alias FROM person_alias a WHERE a.person_id = p.id), p.gender, p.birth_year, p.occupation, "
                + "p.affiliation, p.governorate_code, p.merged_into, p.updated_at, p.updated_by, p.version, "
                + "ARRAY(SELECT o.occupation FROM person_occupation o WHERE o.person_id = p.id ORDER BY o.position) "
                + "FROM person p WHERE p.id IN (" + list + ")", List.of());
    }

    /** A row of {@link #byIds}. */
    static PersonRow of(Object[] row) {
        return new PersonRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                Arrays.stream((Object[]) row[4]).map(String.class::cast).toList(), (String) row[5],
                row[6] == null ? null : ((Number) row[6]).intValue(), (String) row[7], (String) row[8], (String) row[9],
                row[10] == null ? null : ((Number) row[10]).longValue(), instant(row[11]), (String) row[12],
                ((Number) row[13]).longValue(), Arrays.stream((Object[]) row[14]).map(String.class::cast).toList());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) Objects.requireNonNull(value)).toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
