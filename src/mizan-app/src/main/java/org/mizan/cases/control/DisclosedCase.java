package org.mizan.cases.control;

import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Community;

import java.math.BigDecimal;
import java.util.List;

/**
 * A case as one reader may read it (see {@link CaseDisclosure}): a withheld field is null. {@code parties} has one
 * entry per party of the case, in the case's order. {@code freeText}: the narrative and the notes may be read;
 * {@code staffDetails}: the team's usernames, the sources' descriptions and the evidence files' names and metadata.
 */
public record DisclosedCase(boolean complete, String locality, BigDecimal latitude, BigDecimal longitude, String narrative,
                            boolean freeText, boolean staffDetails, List<DisclosedParty> parties) {

    /**
     * One person of the case: {@code named} with their names, else their initials in the name fields (or nothing
     * for an unidentified perpetrator); {@code age} at the time of the incident as recorded for this case, where the
     * reader may read an exact age, and {@code ageGroup} ("20–29"), worked out from the birth year when no age is recorded;
     * {@code community} only for readers of the team's own audiences (it is sensitive).
     */
    public record DisclosedParty(CaseParty party, boolean named, String nameArabic, String nameLatin, Integer age,
                                 String ageGroup, String notes, Community community) {

        /** The person's id, only where they are named: an id shown beside initials would link them across cases. */
        public Long personId() {
            return named && party.getPerson() != null ? party.getPerson().getId() : null;
        }

        /** The name (or the initials) in Arabic script if there is one, else in Latin script, as lists show a person. */
        public String displayName() {
            return nameArabic != null ? nameArabic : nameLatin;
        }
    }

    /** The parties of one role, in the case's order. */
    public List<DisclosedParty> parties(org.mizan.cases.entity.PartyRole role) {
        return parties.stream().filter(p -> p.party().getRole() == role).toList();
    }
}
