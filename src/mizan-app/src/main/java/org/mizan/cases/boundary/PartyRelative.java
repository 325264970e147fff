package org.mizan.cases.boundary;

import org.mizan.cases.control.PersonRelatives;
import org.mizan.cases.entity.Person;

import java.io.Serializable;

/** A relative of a case's person, as the case page lists it beside them: "Parent: علي حسين الكعبي". */
public final class PartyRelative implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String kinship;
    private final String name;

    private PartyRelative(long personId, String kinship, String name) {
        this.personId = personId;
        this.kinship = kinship;
        this.name = name;
    }

    static PartyRelative of(PersonRelatives.Relative relative) {
        Person p = relative.person();
        return new PartyRelative(p.getId(), relative.kinship().name(), p.getNameArabic() != null ? p.getNameArabic() : p.getNameLatin());
    }

    public long getPersonId() {
        return personId;
    }

    public String getKinship() {
        return kinship;
    }

    public String getName() {
        return name;
    }
}
