package org.mizan.cases.boundary;

import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonRow;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.platform.boundary.Unreadable;

import java.time.Instant;
import java.util.List;

/** The wire forms of persons for {@code /api/persons}. */
public final class PersonJson {

    private PersonJson() {
    }

    public record PersonInput(String kind, String nameArabic, String nameLatin, List<String> aliases, String gender,
                              Integer birthYear, String occupation, String affiliation, String governorate, Long version) {
        /** The draft, its governorate by code where {@code codes} knows the name given. */
        PersonDraft toDraft(ReferenceCodes codes) {
            Unreadable unreadable = new Unreadable();
            PersonDraft draft = new PersonDraft(unreadable.code(PersonKind.class, "kind", kind), nameArabic, nameLatin, aliases,
                    unreadable.code(Gender.class, "gender", gender), birthYear,
                    unreadable.code(Occupation.class, "occupation", occupation), affiliation, codes.governorateCode(governorate));
            unreadable.throwIfAny();
            return draft;
        }
    }

    public record PersonView(long id, String kind, String nameArabic, String nameLatin, List<String> aliases,
                             String gender, Integer birthYear, String occupation, String affiliation, String governorate,
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
                    p.occupation(), p.affiliation(), p.governorate(), p.mergedInto(), p.updatedAt(),
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
