package org.mizan.cases.boundary;

import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;

import java.io.Serializable;
import java.util.List;

/** A person as the picker and the party tables show them. */
public final class PersonOption implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String nameArabic;
    private final String nameLatin;
    private final Integer birthYear;
    private final PersonKind kind;
    private final List<Occupation> occupations;
    private final String governorate;

    private PersonOption(long id, String nameArabic, String nameLatin, Integer birthYear, PersonKind kind,
                         List<Occupation> occupations, String governorate) {
        this.id = id;
        this.nameArabic = nameArabic;
        this.nameLatin = nameLatin;
        this.birthYear = birthYear;
        this.kind = kind;
        this.occupations = List.copyOf(occupations);
        this.governorate = governorate;
    }

    static PersonOption of(Person p) {
        return new PersonOption(p.getId(), p.getNameArabic(), p.getNameLatin(), p.getBirthYear(), p.getKind(),
                p.getOccupations(), p.getGovernorate());
    }

    /** Both spellings when there are both: what the picker puts in its field once chosen. */
    static String displayName(String nameArabic, String nameLatin) {
        if (nameArabic != null && nameLatin != null) {
            return nameArabic + " / " + nameLatin;
        }
        return nameArabic != null ? nameArabic : nameLatin;
    }

    public long getId() {
        return id;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public PersonKind getKind() {
        return kind;
    }

    /** The occupations or roles, primary first. */
    public List<Occupation> getOccupations() {
        return occupations;
    }

    public String getGovernorate() {
        return governorate;
    }

    public String getDisplayName() {
        return displayName(nameArabic, nameLatin);
    }
}
