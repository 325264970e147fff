package org.mizan.reports.control;

import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.WgeidRequirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a case can go to the Working Group (docs/domain.md), without a database: every missing item at once, in the
 * order of its list, so the user can complete the record in one go. Where the list leaves room, we ask for less than the
 * Working Group's own form but never for less than it cannot do without.
 */
final class WgeidChecks {

    /** The violation type that means an enforced disappearance ("Abduction / enforced disappearance"). */
    static final String DISAPPEARANCE = "ABDUCTION";
    /** The Working Group: "Disappearances within the last three months go through the urgent-action procedure." */
    static final int URGENT_MONTHS = 3;

    private WgeidChecks() {
    }

    /** What the case lacks; empty when it can be submitted. {@code consents}: the consent state of a person of the case. */
    static List<WgeidRequirement> missing(ViolationCase c, Function<Person, ConsentState> consents, int familySteps) {
        List<CaseParty> disappeared = disappeared(c);
        List<WgeidRequirement> missing = new ArrayList<>();
        addIf(missing, WgeidRequirement.DISAPPEARANCE, !c.getViolationTypes().contains(DISAPPEARANCE));
        addIf(missing, WgeidRequirement.IDENTITY, disappeared.isEmpty() || !disappeared.stream().allMatch(WgeidChecks::identified));
        addIf(missing, WgeidRequirement.DATE, c.getIncidentDate().day() == null);
        addIf(missing, WgeidRequirement.PLACE, blank(c.getGovernorate()) || blank(c.getLocality()));
        addIf(missing, WgeidRequirement.PERPETRATORS, c.getParties().stream()
                .noneMatch(p -> p.getRole() == PartyRole.PERPETRATOR && p.getPerpetratorKind() != null));
        addIf(missing, WgeidRequirement.FAMILY_STEPS, familySteps == 0);
        addIf(missing, WgeidRequirement.CONSENT, disappeared.isEmpty() || !disappeared.stream()
                .allMatch(p -> p.getPerson() != null && consents.apply(p.getPerson()).given(ConsentKind.UN_SUBMISSION)));
        return missing;
    }

    /**
     * The people the submission is about: every victim of the case. The Working Group registers each disappeared
     * person as a case of their own, but a case of ours that holds several victims was one event, and one
     * document naming them all is what the family consented to.
     */
    static List<CaseParty> disappeared(ViolationCase c) {
        return c.getParties().stream().filter(p -> p.getRole() == PartyRole.VICTIM).toList();
    }

    /**
     * (a) "full name and any available identifying data": a name in at least one script. Gender, birth year, age, an
     * ID number or a photograph go into the submission when known, but the Working Group takes a case without them
     * (the form says "unknown"), so their absence must not block it. An unidentified victim cannot be submitted.
     */
    static boolean identified(CaseParty victim) {
        Person person = victim.getPerson();
        return person != null && !(blank(person.getNameArabic()) && blank(person.getNameLatin()));
    }

    /**
     * Whether the urgent-action procedure applies: the disappearance is no more than three months before today.
     * Judged on the last day the date may mean, so a date known only to the month counts as recent when any day of
     * it would be; a date in the future (a typing error) is not urgent.
     */
    static boolean urgent(PartialDate disappearance, LocalDate today) {
        LocalDate latest = disappearance.end();
        return !latest.isBefore(today.minusMonths(URGENT_MONTHS)) && !disappearance.start().isAfter(today);
    }

    private static void addIf(List<WgeidRequirement> missing, WgeidRequirement requirement, boolean lacking) {
        if (lacking) {
            missing.add(requirement);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
