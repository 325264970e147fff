package org.mizan.cases.control;

import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PersonKind;

import java.util.List;

/** A person as typed: a name in Arabic script, in Latin script, or both (at least one). */
public record PersonDraft(PersonKind kind, String nameArabic, String nameLatin, List<String> aliases, Gender gender,
                          Integer birthYear, Occupation occupation, String affiliation, String governorate) {

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }
}
