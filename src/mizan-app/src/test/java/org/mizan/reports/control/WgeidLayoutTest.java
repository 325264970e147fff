package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording of a WGEID submission: what the Working Group reads first, and what stands in for withheld details. */
class WgeidLayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final WgeidSubmitter CONFIDENTIAL = new WgeidSubmitter("Tishreen Families Network", "Zainab Hadi", "z@example.org", true);
    private static final WgeidSubmitter OPEN = new WgeidSubmitter("Tishreen Families Network", "Zainab Hadi", "z@example.org", false);

    private final WgeidLayout layout = new WgeidLayout(new ReportText(Messages.in(Locale.ENGLISH)),
            Map.of("BG", new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا")));

    static ViolationCase disappearance() {
        ViolationCase c = new ViolationCase("MZN-2026-0007", "test", NOW);
        c.setViolationTypes(Set.of("ABDUCTION"));
        c.setDates(new PartialDate(2026, 11, 2, false), null);
        c.setGovernorate("BG");
        c.setLocality("حي الجهاد", null);
        Person victim = new Person("test", NOW);
        victim.setNameArabic("سجاد الكناني");
        victim.setNameLatin("Sajjad al-Kinani");
        victim.setGender(Gender.MALE);
        victim.setBirthYear(2001);
        CaseParty missing = new CaseParty(c, 0, victim, PartyRole.VICTIM);
        missing.setFate(Fate.MISSING);
        CaseParty gunmen = new CaseParty(c, 1, null, PartyRole.PERPETRATOR);
        gunmen.setPerpetratorKind(PerpetratorKind.UNIDENTIFIED);
        c.setParties(List.of(missing, gunmen));
        return c;
    }

    static RedactedCase shown(ViolationCase c, ConsentKind... given) {
        ConsentState state = ConsentState.NONE;
        for (ConsentKind kind : given) {
            state = state.with(1, kind, ConsentDecision.GIVEN);
        }
        ConsentState consent = state;
        return RedactionRules.redact(c, Audience.UN, person -> consent);
    }

    private String text(ViolationCase c, RedactedCase shown, List<WgeidFamilyContacts.Line> family, WgeidSubmitter submitter) {
        return layout.sections(shown, WgeidChecks.disappeared(c), family, List.of(), submitter).stream()
                .map(s -> s.getHeading() + "\n" + s.items().stream().map(ReportItem::toString).collect(Collectors.joining("\n")))
                .collect(Collectors.collectingAndThen(Collectors.joining("\n"), PdfText::withoutBidiControls));
    }

    @Test
    void theSubtitleCarriesTheUrgentProcedureAndAConfidentialSource() {
        RedactedCase shown = shown(disappearance(), ConsentKind.UN_SUBMISSION);
        String urgent = (String) layout.parameters(shown, CONFIDENTIAL, true, NOW).get("subtitle");
        assertTrue(urgent.startsWith("MZN-2026-0007 · URGENT ACTION: disappeared on 2026-11-02"), urgent);
        assertTrue(urgent.contains("CONFIDENTIAL SOURCE"), urgent);
        String standard = (String) layout.parameters(shown, OPEN, false, NOW).get("subtitle");
        assertEquals("MZN-2026-0007 · Standard procedure", standard);
    }

    @Test
    void everyFieldOfTheGuidelinesIsThereInOrder() {
        ViolationCase c = disappearance();
        String text = text(c, shown(c, ConsentKind.UN_SUBMISSION), null, OPEN);
        List<String> headings = List.of("(a) The disappeared person", "(b) Date of the disappearance", "(c) Place of arrest",
                "(d) Who is believed", "(e) Steps taken by the family", "(f) Submitted by");
        int at = -1;
        for (String heading : headings) {
            int next = text.indexOf(heading);
            assertTrue(next > at, heading + " out of order in:\n" + text);
            at = next;
        }
        for (String expected : List.of("سجاد الكناني / Sajjad al-Kinani", "Gender: Male", "Born in 2001", "Age at the time of the disappearance: 25",
                "Year, month and day: 2026-11-02", "Baghdad", "حي الجهاد", "Unidentified", "Zainab Hadi",
                "The submitter does not ask for confidentiality.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void anUnknownAgeAndGenderAreSaidToBeUnknownInEachLanguage() {
        ViolationCase c = disappearance();
        Person victim = c.getParties().get(0).getPerson();
        victim.setBirthYear(null);
        victim.setGender(Gender.UNKNOWN);
        RedactedCase shown = shown(c, ConsentKind.UN_SUBMISSION);
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Age at the time of the disappearance: unknown", "Gender: unknown"),
                "ar", List.of("العمر وقت الاختفاء: غير معروف", "الجنس: غير معروف"),
                "ckb", List.of("تەمەن لە کاتی بێسەروشوێنکردن: نەزانراو", "ڕەگەز: نەزانراو"));
        expected.forEach((language, lines) -> {
            WgeidLayout in = new WgeidLayout(new ReportText(Messages.in(Locale.forLanguageTag(language))), Map.of());
            String text = PdfText.withoutBidiControls(in.sections(shown, WgeidChecks.disappeared(c), null, List.of(), OPEN).get(0).items().toString());
            lines.forEach(line -> assertTrue(text.contains(line), language + ": missing '" + line + "' in:\n" + text));
        });
    }

    @Test
    void aReaderWhoMayNotKnowTheContactsGetsTheOnRequestSentence() {
        ViolationCase c = disappearance();
        String text = text(c, shown(c, ConsentKind.UN_SUBMISSION, ConsentKind.TO_BE_CONTACTED), null, CONFIDENTIAL);
        assertTrue(text.contains("holds the family's contact details and will provide them"), text);
        assertTrue(text.contains("The submitter's identity must be kept confidential."), text);
    }

    @Test
    void aFamilyThatDidNotAgreeToBeContactedIsReachedThroughTheSubmitter() {
        ViolationCase c = disappearance();
        String text = text(c, shown(c, ConsentKind.UN_SUBMISSION), List.of(), OPEN);
        assertTrue(text.contains("has not agreed to be contacted directly"), text);
        assertFalse(text.contains("will provide them"), text);
    }
}
