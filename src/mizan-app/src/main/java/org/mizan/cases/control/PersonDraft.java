package org.mizan.cases.control;

import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Occupations;
import org.mizan.cases.entity.PersonKind;

import java.util.List;

/**
 * A person as typed: a name in Arabic script, in Latin script, or both (at least one); the occupations or roles, the
 * primary first (none is an empty list or null).
 */
public record PersonDraft(PersonKind kind, String nameArabic, String nameLatin, List<String> aliases, Gender gender,
                          Integer birthYear, List<Occupation> occupations, String affiliation, String governorate) {

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }

    /** The first occupation (the primary one), or null when none is given. */
    public Occupation primaryOccupation() {
        List<Occupation> all = occupationsOrEmpty();
        return all.isEmpty() ? null : all.get(0);
    }

    /** The occupations, each once, nulls dropped. */
    public List<Occupation> occupationsOrEmpty() {
        return Occupations.distinct(occupations);
    }
}
