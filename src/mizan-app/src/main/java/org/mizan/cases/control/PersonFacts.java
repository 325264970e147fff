package org.mizan.cases.control;

import java.util.List;

/**
 * What duplicate detection knows about a person; every field may be missing.
 *
 * @param nameArabic      the name as written in Arabic script
 * @param nameLatin       the name as written in Latin script
 * @param aliases         other names or spellings, in either script
 * @param birthYear       the (possibly estimated) year of birth
 * @param governorateCode the governorate the person is recorded in
 */
public record PersonFacts(String nameArabic, String nameLatin, List<String> aliases, Integer birthYear,
                          String governorateCode) {

    public PersonFacts {
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
    }
}
