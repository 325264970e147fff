package org.mizan.reports.boundary;

import org.mizan.reports.entity.RedactedParty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cell's text for the people of a case, exactly as the redaction shows them: "صفاء السراي / Safaa
 * al-Saray (KILLED, 26)", "ص. س. / S. S. (KILLED, 20–29)", "UNIT: Rapid Response (CARRIED_OUT)", with the notes on
 * their part after a dash where the audience may read them. Field
 * values stay in their English machine form (enum names); a rendered report translates them instead.
 */
final class PartyText {

    private static final String UNNAMED = "unnamed";

    private PartyText() {
    }

    static String victims(List<RedactedParty> victims) {
        return victims.stream().map(PartyText::victim).collect(Collectors.joining("; "));
    }

    static String perpetrators(List<RedactedParty> perpetrators) {
        return perpetrators.stream().map(PartyText::perpetrator).collect(Collectors.joining("; "));
    }

    static String witnesses(List<RedactedParty> witnesses) {
        return witnesses.stream().map(w -> withNotes(orUnnamed(w.shownName()), w)).collect(Collectors.joining("; "));
    }

    /** The notes on a person's part, where the audience may read them: "… — saw the pick-up". */
    private static String withNotes(String text, RedactedParty party) {
        return party.notes() == null || party.notes().isBlank() ? text : text + " \u2014 " + party.notes();
    }

    private static String victim(RedactedParty victim) {
        List<String> facts = new ArrayList<>();
        if (victim.fate() != null) {
            facts.add(victim.fate().name());
        }
        facts.add(victim.age() != null ? victim.age().toString() : victim.ageGroup().label());
        if (victim.diedOn() != null) {
            facts.add("died " + victim.diedOn());
        }
        if (!victim.occupations().isEmpty()) {
            // "/" inside the victim's facts: "; " already separates the victims of a cell and ", " their facts.
            facts.add(victim.occupations().stream().map(Enum::name).collect(Collectors.joining("/")));
        }
        if (victim.community() != null) {
            facts.add(victim.community().name());
        }
        return withNotes(orUnnamed(victim.shownName()) + " (" + String.join(", ", facts) + ")", victim);
    }

    private static String perpetrator(RedactedParty perpetrator) {
        String name = perpetrator.shownName();
        String kind = perpetrator.perpetratorKind() == null ? "" : perpetrator.perpetratorKind().name();
        String who = name == null ? (kind.isEmpty() ? UNNAMED : kind) : kind.isEmpty() ? name : kind + ": " + name;
        String facts = Stream.of(perpetrator.involvement(), perpetrator.certainty()).filter(Objects::nonNull).map(Enum::name)
                .collect(Collectors.joining(", "));
        return withNotes(facts.isEmpty() ? who : who + " (" + facts + ")", perpetrator);
    }

    private static String orUnnamed(String name) {
        return name == null ? UNNAMED : name;
    }
}
