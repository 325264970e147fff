package org.mizan.cases.boundary;

import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonRow;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Occupations;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.platform.boundary.Unreadable;
import org.mizan.platform.control.InvalidInput;

import java.time.Instant;
import java.util.List;

/** The wire forms of persons for {@code /api/persons}. */
public final class PersonJson {

    private PersonJson() {
    }

    /**
     * A person as a client writes them. {@code occupations} is the list (primary first); {@code occupation}, the single
     * occupation of clients written before there could be several, still stands for a list of one. Given both, the single
     * one must be the first of the list: a client that sends two different answers gets told, not silently overruled.
     */
    public record PersonInput(String kind, String nameArabic, String nameLatin, List<String> aliases, String gender,
                              Integer birthYear, String occupation, List<String> occupations, String affiliation,
                              String governorate, Long version) {
        /** The draft, its governorate by code where {@code codes} knows the name given. */
        PersonDraft toDraft(ReferenceCodes codes) {
            Unreadable unreadable = new Unreadable();
            PersonKind readKind = unreadable.code(PersonKind.class, "kind", kind);
            Gender readGender = unreadable.code(Gender.class, "gender", gender);
            Occupation single = unreadable.code(Occupation.class, "occupation", occupation);
            List<Occupation> listed = occupations == null ? null
                    : occupations.stream().map(code -> unreadable.code(Occupation.class, "occupations", code)).toList();
            String governorateCode = codes.governorateCode(governorate);
            unreadable.throwIfAny();
            return new PersonDraft(readKind, nameArabic, nameLatin, aliases, readGender, birthYear, chosenOccupations(single, listed),
                    affiliation, governorateCode);
        }
    }

    /**
     * The occupations a client meant: the list without repeats when it names any (the single occupation, if also given,
     * must be its first), else the single occupation alone, else none. An empty list beside a single occupation is a
     * client that knows only the single one: generated clients (ApiClientIT's) send every array, empty when unset.
     */
    static List<Occupation> chosenOccupations(Occupation single, List<Occupation> listed) {
        List<Occupation> distinct = Occupations.distinct(listed);
        if (distinct.isEmpty()) {
            return single == null ? List.of() : List.of(single);
        }
        if (single != null && distinct.get(0) != single) {
            throw new InvalidInput("occupation", "person.occupation.conflict", single.name(),
                    String.join(", ", distinct.stream().map(Enum::name).toList()));
        }
        return distinct;
    }

    /** {@code occupation} is the first of {@code occupations} (null when there are none), for clients that know only one. */
    public record PersonView(long id, String kind, String nameArabic, String nameLatin, List<String> aliases,
                             String gender, Integer birthYear, String occupation, List<String> occupations, String affiliation,
                             String governorate,
                             Long mergedInto, Instant updatedAt, String updatedBy, long version) {
        static PersonView of(Person p) {
            return of(p, true);
        }

        /** Without who changed it last, for a reader who may not see the team's usernames. */
        static PersonView of(Person p, boolean staffDetails) {
            return of(PersonRow.of(p), staffDetails);
        }

        static PersonView of(PersonRow p, boolean staffDetails) {
            return new PersonView(p.id(), p.kind(), p.nameArabic(), p.nameLatin(), p.aliases(), p.gender(), p.birthYear(),
                    p.occupation(), p.occupations(), p.affiliation(), p.governorate(), p.mergedInto(), p.updatedAt(),
                    staffDetails ? p.updatedBy() : null, p.version());
        }
    }

    /** A possible duplicate: the person, the score (0–1) and the reasons (message-key suffixes, see duplicate.reason.*). */
    public record DuplicateView(PersonView person, double score, List<String> reasons) {
    }

    /** Merge the person in the path into {@code into}; {@code version} is the merged person's, as read. */
    /** A relative of a person: {@code kinship} says what the relative is to them ("PARENT": the relative is their parent). */
    public record RelativeView(String kinship, PersonView person) {
    }

    /** What a client sends to link two persons: what the second is to the first. */
    public record KinshipInput(String kinship) {
    }

    public record MergeInput(Long into, Long version) {
    }

    /** A search hit: the person, the score (0–1) and the spelling that matched. */
    public record PersonMatch(PersonView person, double score, String matched) {
    }
}
