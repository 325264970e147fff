package org.mizan.reports.control;

import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.reports.entity.AgeGroup;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.reports.entity.RedactedSource;
import org.mizan.security.control.CaseReader;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The decisions of {@link Redaction}, without a database: the consent of each person comes in as a
 * {@link ConsentState}. Every rule quotes the audiences' definitions in docs/domain.md; where
 * they are silent the choice is ours and says why.
 */
final class RedactionRules {

    private RedactionRules() {
    }

    /**
     * Which audiences a reader may produce. An advocate generates redacted reports
     * only — UN and PUBLIC. Administrators, investigators and lawyers may produce any audience: INTERNAL is
     * "everything the user may see", so it never shows them more than they already read.
     * {@link CaseReader#mayJoinTeams()} is exactly "investigator or lawyer"; someone who is also an
     * advocate keeps the wider rights of their other role.
     */
    static Set<Audience> audiences(CaseReader reader) {
        return reader.administrator() || reader.mayJoinTeams() ? EnumSet.allOf(Audience.class)
                : EnumSet.of(Audience.UN, Audience.PUBLIC);
    }

    /**
     * How a person of a case appears:
     * <ul>
     * <li>INTERNAL and LEGAL: everyone by name ("names").</li>
     * <li>UN: victims and witnesses by name only where consent to submit to the UN holds ("names where
     * consent to submit exists"), otherwise by initials and age group.</li>
     * <li>PUBLIC: victims by name only with consent to be named publicly ("victims named only with consent to
     * publish, otherwise initials and age group"); witnesses never ("no witnesses").</li>
     * <li>Alleged perpetrators need no consent. Units and armed groups are institutions and are named for
     * every audience. An individual is named except in PUBLIC, where only their kind and involvement show:
     * an allegation, not a conviction — our choice, the definitions being silent.</li>
     * </ul>
     * A party without a person record (an unidentified perpetrator) has no name to show: UNNAMED.
     */
    static Appearance appearance(PartyRole role, PersonKind kind, boolean identified, Audience audience, ConsentState consent) {
        if (role == PartyRole.WITNESS && audience == Audience.PUBLIC) {
            return Appearance.OMITTED;
        }
        if (!identified) {
            return Appearance.UNNAMED;
        }
        if (role == PartyRole.PERPETRATOR) {
            return audience == Audience.PUBLIC && kind == PersonKind.INDIVIDUAL ? Appearance.UNNAMED : Appearance.NAMED;
        }
        return switch (audience) {
            case INTERNAL, LEGAL -> Appearance.NAMED;
            case UN -> consent.given(ConsentKind.UN_SUBMISSION) ? Appearance.NAMED : Appearance.INITIALS;
            case PUBLIC -> consent.given(ConsentKind.PUBLIC_NAMING) ? Appearance.NAMED : Appearance.INITIALS;
        };
    }

    /**
     * The consent state of one person in one case, from decisions oldest first ("the latest record wins").
     * Consent to be named publicly is about the person, so it is read from their contacts in every case: a
     * family that withdrew it in one case is not named through another. Consent to submit and to be contacted
     * are about this case's submission and this case's contacts, so only this case's contacts count.
     */
    static ConsentState consent(List<ConsentRegister.PartyDecision> decisions, long caseId, long personId) {
        ConsentState state = ConsentState.NONE;
        for (ConsentRegister.PartyDecision d : decisions) {
            if (d.personId() == personId && (d.caseId() == caseId || d.consent() == ConsentKind.PUBLIC_NAMING)) {
                state = state.with(d.contactId(), d.consent(), d.decision());
            }
        }
        return state;
    }

    /**
     * Contact details only in UN reports, only for a victim's or witness's family, and only with consent (definitions:
     * "contact details only with consent"; "no contact details" for LEGAL; "no contacts" for PUBLIC). We read
     * "with consent" as both consents that sharing them implies: to submit the case to the UN and to be
     * contacted. INTERNAL shows none either: the contact pages, with their audited reveal, are the place
     * to read them, never a file that can be forwarded.
     */
    static boolean contactDetailsAllowed(PartyRole role, Audience audience, ConsentState consent) {
        return audience == Audience.UN && role != PartyRole.PERPETRATOR
                && consent.given(ConsentKind.UN_SUBMISSION) && consent.given(ConsentKind.TO_BE_CONTACTED);
    }

    /** PUBLIC: "no exact addresses" — the locality and coordinates go, the governorate stays. */
    static boolean showsExactPlace(Audience audience) {
        return audience != Audience.PUBLIC;
    }

    /**
     * The narrative and the notes are free text that names victims, witnesses and streets, and no rule can find
     * them all. So they go only where every person in the case may be named anyway: INTERNAL and LEGAL always;
     * UN only when no victim or witness had to be shown by initials (a family that did not consent to submission
     * is not named to the UN through the narrative either); PUBLIC never — a public summary has to be written for
     * it. Our reading of the definitions, which are silent on free text.
     */
    static boolean showsFreeText(Audience audience, List<RedactedParty> parties) {
        return switch (audience) {
            case INTERNAL, LEGAL -> true;
            case UN -> parties.stream().noneMatch(p -> p.appearance() == Appearance.INITIALS);
            case PUBLIC -> false;
        };
    }

    /**
     * Context tags are typed by hand ("source: brother K. F. 0770…") and imported spreadsheets keep whole cells
     * in them ("legal: …"), so they are free text, not codes: they go exactly where the narrative goes. PUBLIC
     * gets coded values only (the audience table in README lists every field).
     */
    static Set<String> tags(ViolationCase c, boolean freeText) {
        return freeText ? c.getTags() : Set.of();
    }

    /**
     * The team's own traces — who recorded the case or received the evidence, the evidence files' names (often a
     * victim's or a witness's name), the lawyers of a proceeding, the descriptions of sources ("the brother's
     * account") — stay within INTERNAL and LEGAL. Staff are at risk too, and a redacted report must not name
     * through a file name whom it shows by initials.
     */
    static boolean showsStaffDetails(Audience audience) {
        return audience == Audience.INTERNAL || audience == Audience.LEGAL;
    }

    /**
     * Religion or ethnicity, where it is why a victim was targeted, can single a family out in a small community: it stays
     * with the team's own audiences, like the names of those who handle the case ("sensitive fields INTERNAL and
     * LEGAL only").
     */
    static boolean showsSensitive(Audience audience) {
        return audience == Audience.INTERNAL || audience == Audience.LEGAL;
    }

    /**
     * PUBLIC shows the age group only ("initials and age group"); the other audiences the exact age too — and the exact
     * date of death, which with a governorate and a violation type singles out a family as an exact age does.
     */
    static boolean showsExactAge(Audience audience) {
        return audience != Audience.PUBLIC;
    }

    /**
     * A person's occupations follow the rule their one occupation had (docs/domain.md, the row of exact age, gender and
     * occupation): every audience but PUBLIC, where "journalist" with a governorate and a month names the one journalist
     * killed there. The WGEID submission further keeps them to named victims.
     */
    static boolean showsOccupations(Audience audience) {
        return showsExactAge(audience);
    }

    /**
     * Age at the time of the incident: as recorded for this case, else the incident year less the birth year
     * (possibly a year too high, as the birthday is not known), else unknown.
     */
    static Integer ageAtIncident(Integer recordedAge, Integer birthYear, int incidentYear) {
        if (recordedAge != null) {
            return recordedAge;
        }
        return birthYear == null || birthYear > incidentYear ? null : incidentYear - birthYear;
    }

    static RedactedParty party(CaseParty party, Audience audience, ConsentState consent, int incidentYear) {
        Person person = party.getPerson();
        PersonKind kind = person == null ? PersonKind.INDIVIDUAL : person.getKind();
        Appearance appearance = appearance(party.getRole(), kind, person != null, audience, consent);
        Integer age = ageAtIncident(party.getAgeAtIncident(), person == null ? null : person.getBirthYear(), incidentYear);
        boolean named = appearance == Appearance.NAMED;
        boolean initials = appearance == Appearance.INITIALS;
        boolean contacts = person != null && contactDetailsAllowed(party.getRole(), audience, consent);
        return new RedactedParty(party.getRole(), appearance,
                named ? person.getNameArabic() : null, named ? person.getNameLatin() : null,
                initials ? Initials.of(person.getNameArabic()) : null, initials ? Initials.of(person.getNameLatin()) : null,
                showsExactAge(audience) ? age : null, AgeGroup.of(age), party.getFate(),
                showsExactAge(audience) ? party.getDiedOn() : null,
                showsSensitive(audience) ? party.getCommunity() : null,
                person != null && showsOccupations(audience) ? person.getOccupations() : List.of(), party.getPerpetratorKind(),
                party.getInvolvement(), party.getCertainty(), contacts, contacts ? person.getId() : null, party.getNotes());
    }

    /** The whole case for an audience; {@code consents} gives the consent state of a person id (never null). */
    static RedactedCase redact(ViolationCase c, Audience audience, Function<Long, ConsentState> consents) {
        List<RedactedParty> parties = inOrder(c, audience, consents).stream()
                .filter(p -> p.appearance() != Appearance.OMITTED).toList();
        boolean place = showsExactPlace(audience);
        boolean freeText = showsFreeText(audience, parties);
        return new RedactedCase(audience, c.getId() == null ? 0 : c.getId(), c.getReference(), c.getViolationTypes(),
                c.getIncidentDate(), c.getEndDate(), freeText ? c.getDateNote() : null, c.getGovernorate(), place ? c.getLocality() : null,
                place ? c.getLatitude() : null, place ? c.getLongitude() : null, c.getStatus(),
                freeText ? c.getNarrative() : null, tags(c, freeText),
                only(parties, PartyRole.VICTIM), only(parties, PartyRole.PERPETRATOR), only(parties, PartyRole.WITNESS),
                sources(c, showsStaffDetails(audience)), freeText, showsStaffDetails(audience));
    }

    /**
     * Every party of the case for the audience, one for each of {@code c.getParties()} in the same order (OMITTED
     * ones too, so that a screen can pair them with the parties it lists); notes only where free text may be read.
     */
    static List<RedactedParty> inOrder(ViolationCase c, Audience audience, Function<Long, ConsentState> consents) {
        int year = c.getIncidentDate().year();
        List<RedactedParty> parties = c.getParties().stream()
                .map(p -> party(p, audience, p.getPerson() == null ? ConsentState.NONE : consents.apply(p.getPerson().getId()),
                        year)).toList();
        boolean freeText = showsFreeText(audience, parties.stream().filter(p -> p.appearance() != Appearance.OMITTED).toList());
        return freeText ? parties : parties.stream().map(RedactionRules::withoutNotes).toList();
    }

    /** Source descriptions name who spoke ("the brother's account"): outside the team's audiences only their grades. */
    static List<RedactedSource> sources(ViolationCase c, boolean staff) {
        return c.getSources().stream()
                .map(s -> new RedactedSource(s.getReliability(), staff ? s.getDescription() : null, staff ? s.getUrl() : null)).toList();
    }

    private static RedactedParty withoutNotes(RedactedParty p) {
        return new RedactedParty(p.role(), p.appearance(), p.nameArabic(), p.nameLatin(), p.initialsArabic(), p.initialsLatin(),
                p.age(), p.ageGroup(), p.fate(), p.diedOn(), p.community(), p.occupations(), p.perpetratorKind(), p.involvement(), p.certainty(), p.contactDetailsAllowed(), p.personId(), null);
    }

    private static List<RedactedParty> only(List<RedactedParty> parties, PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }
}
