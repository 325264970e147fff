package org.mizan.cases.boundary;

import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PersonKind;

import java.io.Serializable;
import java.util.List;

/** The new-person form. */
public final class NewPersonForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private PersonKind kind = PersonKind.INDIVIDUAL;
    private String nameArabic;
    private String nameLatin;
    private Gender gender;
    private Integer birthYear;
    // An array, not a list: JSF converts a multiple choice into an array's element type, while a List's is erased.
    private Occupation[] occupations = new Occupation[0];
    private String governorate;

    /** A form that starts with what was last typed into a picker, as the name in its script. */
    static NewPersonForm startingWith(String typed) {
        NewPersonForm form = new NewPersonForm();
        if (typed != null && !typed.isBlank()) {
            if (ArabicNames.containsArabic(typed)) {
                form.nameArabic = typed.strip();
            } else {
                form.nameLatin = typed.strip();
            }
        }
        return form;
    }

    PersonDraft toDraft(PartyRole role) {
        PersonKind chosen = role == PartyRole.PERPETRATOR && kind != null ? kind : PersonKind.INDIVIDUAL;
        return new PersonDraft(chosen, nameArabic, nameLatin, List.of(), gender, birthYear, List.of(occupations), null, governorate);
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public void setNameArabic(String nameArabic) {
        this.nameArabic = nameArabic;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Occupation[] getOccupations() {
        return occupations.clone();
    }

    public void setOccupations(Occupation[] occupations) {
        this.occupations = occupations == null ? new Occupation[0] : occupations.clone();
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }
}
