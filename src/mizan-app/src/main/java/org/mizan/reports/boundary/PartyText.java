package org.mizan.reports.boundary;

import org.mizan.reports.entity.RedactedParty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One cell's text for the people of a case, exactly as the redaction shows them: "صفاء السراي / Safaa
 * al-Saray (KILLED, 26)", "ص. س. / S. S. (KILLED, 20–29)", "UNIT: Rapid Response (CARRIED_OUT)". Field
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

    private static String victim(RedactedParty victim) {
        List<String> facts = new ArrayList<>();
        if (victim.fate() != null) {
            facts.add(victim.fate().name());
        }
        facts.add(victim.age() != null ? victim.age().toString() : victim.ageGroup().label());
        return orUnnamed(victim.shownName()) + " (" + String.join(", ", facts) + ")";
    }

    private static String perpetrator(RedactedParty perpetrator) {
        String name = perpetrator.shownName();
        String kind = perpetrator.perpetratorKind() == null ? "" : perpetrator.perpetratorKind().name();
        String who = name == null ? (kind.isEmpty() ? UNNAMED : kind) : kind.isEmpty() ? name : kind + ": " + name;
        return perpetrator.involvement() == null ? who : who + " (" + perpetrator.involvement().name() + ")";
    }

    private static String orUnnamed(String name) {
        return name == null ? UNNAMED : name;
    }
}
