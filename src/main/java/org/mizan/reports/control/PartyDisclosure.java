package org.mizan.reports.control;

import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Person;

import java.util.Optional;

/**
 * Decides, person by person, whether a report shows someone of the case and under what name — applied before the
 * template is filled, so nothing withheld ever reaches it. {@link #INTERNAL} shows everyone by name; the audiences
 * with redaction (LEGAL, UN, PUBLIC) plug their policy in here.
 */
@FunctionalInterface
public interface PartyDisclosure {

    /** The party as shown, or empty to leave them out of the report altogether. */
    Optional<ShownParty> show(CaseParty party);

    /** The dossier for the team itself: everyone, named in both scripts. */
    PartyDisclosure INTERNAL = party -> Optional.of(new ShownParty(party, bothScripts(party.getPerson())));

    /** "حسين علي / Hussein Ali"; either alone when only one is recorded; null without a person (unidentified). */
    static String bothScripts(Person person) {
        if (person == null) {
            return null;
        }
        String arabic = blankToNull(person.getNameArabic());
        String latin = blankToNull(person.getNameLatin());
        if (arabic == null || latin == null || arabic.equals(latin)) {
            return arabic != null ? arabic : latin;
        }
        return arabic + " / " + latin;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A party as a report shows them; {@code name} null: present, but with no name to print. */
    record ShownParty(CaseParty party, String name) {
    }
}
