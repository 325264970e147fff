package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.CaseSource;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.legal.control.ImpunityClock;
import org.mizan.legal.control.MeasureView;
import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.entity.CaseMeasure;
import org.mizan.legal.entity.MeasureKind;
import org.mizan.legal.control.StageDerivation;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.LegalEventFact;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Proceeding;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier's wording and layout, rendered through the real templates without a server. */
class DossierLayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    /** Free text that names a source and a phone: never in an edition that may not read the narrative. */
    private static final String TAG = "source: brother K. F. 0770-999-1234";
    private static final String COURT = "Karkh Investigation Court";
    private static final String FILE_NUMBER = "77/T/2025";
    private static final String CHARGES = "Article 406, killing of Hussein Ali by Hassan";
    private static final String AUTHORITY = "Sulaymaniyah Governorate Council";
    private static final String MEASURE = "Police chief of the district dismissed";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void englishDossierNamesEveryoneAndListsTheEvidence() {
        String text = PdfText.of(render(facts(), Audience.INTERNAL, Locale.ENGLISH));
        for (String expected : List.of("Case dossier", "MZN-2019-0042", "Victims", "Alleged perpetrators", "Witnesses",
                "Timeline of the incident", "Prosecution", "Evidence", "Sources", "حسين علي / Hussein Ali", "Killed",
                "Unidentified", "سلێمانی", SHA, "video.mp4", "Still running", "[B] Eyewitness account", TAG, COURT, FILE_NUMBER,
                CHARGES, "Measures outside the courts", "2020-03 — Officials dismissed", AUTHORITY, MEASURE)) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void arabicDossierHasArabicHeadingsAndNames() {
        String text = PdfText.of(render(facts(), Audience.INTERNAL, Locale.forLanguageTag("ar")));
        // Dates are ISO in every edition; RightToLeftValuesTest checks that they read so on the page too.
        for (String expected : List.of("ملف القضية", "الضحايا", "الأدلة", "حسين علي", SHA, "MZN-2019-0042", "2026-11-27 10:00 UTC")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void thePublicEditionWithoutConsentShowsInitialsAndNoWitnessPlaceNarrativeFileNameOrStaff() {
        byte[] pdf = render(facts(), Audience.PUBLIC, Locale.ENGLISH);
        String text = PdfText.of(pdf);
        for (String withheld : List.of("Hussein", "حسين", "Zainab", "Witnesses", "سلێمانی", "Shot during the protest", "video.mp4",
                "investigator", "Eyewitness account", TAG, "0770", COURT, FILE_NUMBER, CHARGES, "Hassan", AUTHORITY, MEASURE)) {
            assertFalse(text.contains(withheld), withheld + " in:\n" + text);
            assertFalse(PdfText.bytesContain(pdf, withheld), withheld + " in the bytes");
        }
        for (String shown : List.of("Public edition", "ح. ع. / H. A.", "Sulaymaniyah", SHA, "Item 1 (video/mp4)", "Withheld in this edition",
                "1 sources on file", "Complaint filed", "2020-03 — Officials dismissed")) {
            assertTrue(text.contains(shown), "missing '" + shown + "' in:\n" + text);
        }
    }

    @Test
    void theRawBytesCheckFindsANameThatIsThere() {
        assertTrue(PdfText.bytesContain(render(facts(), Audience.INTERNAL, Locale.ENGLISH), "Hussein Ali"));
        assertTrue(PdfText.bytesContain(render(facts(), Audience.INTERNAL, Locale.ENGLISH), "حسين علي"));
    }

    static byte[] render(DossierFacts facts, Audience audience, Locale locale) {
        ReportRenderer renderer = new ReportRenderer();
        DossierLayout layout = new DossierLayout(new ReportText(Messages.in(locale)),
                Map.of("KILLING", new ReferenceData.Label("KILLING", "Killing", "قتل", "کوشتن")),
                Map.of("SULAYMANIYAH", new ReferenceData.Label("SULAYMANIYAH", "Sulaymaniyah", "السليمانية", "سلێمانی")));
        RedactedCase shown = RedactionRules.redact(facts.violationCase(), audience, person -> ConsentState.NONE);
        return renderer.pdf(CaseDossiers.TEMPLATE, layout.parameters(facts, audience), layout.sections(facts, shown), locale);
    }

    static DossierFacts facts() {
        ViolationCase c = new ViolationCase("MZN-2019-0042", "investigator", NOW);
        c.setDates(new PartialDate(2019, 10, 25, false), null);
        c.setViolationTypes(java.util.Set.of("KILLING"));
        c.setGovernorate("SULAYMANIYAH");
        c.setLocality("سلێمانی", null);
        c.setNarrative("Shot during the protest.", null);
        c.setSources(List.of(new CaseSource(c, 0, "Eyewitness account", "B", null)));
        c.setTags(new java.util.TreeSet<>(java.util.Set.of(TAG)));
        c.setParties(List.of(party(c, 0, "حسين علي", "Hussein Ali", PartyRole.VICTIM),
                perpetrator(c, 1), party(c, 2, "زينب", "Zainab", PartyRole.WITNESS)));
        EvidenceItem video = new EvidenceItem(1, SHA, 12345, "video.mp4", "video/mp4", "video/mp4", "investigator", NOW, null, null);
        CustodyEvent intake = new CustodyEvent(1, NOW, "investigator", "127.0.0.1", CustodyAction.INTAKE, null);
        return new DossierFacts(c, List.of(proceeding()), List.of(measure()), List.of(new DossierFacts.Evidence(video, 1, intake)),
                new ImpunityClock(Clock.systemUTC()).read(c.getIncidentDate(), List.of()), "lawyer", NOW);
    }

    private static MeasureView measure() {
        CaseMeasure dismissal = new CaseMeasure(1, "lawyer", NOW);
        dismissal.describe(MeasureKind.DISMISSAL, new PartialDate(2020, 3, null, false), AUTHORITY, MEASURE, null);
        return new MeasureView(dismissal, "MZN-2019-0042", true, true);
    }

    private static ProceedingView proceeding() {
        Proceeding p = new Proceeding(1, "lawyer", NOW);
        p.setCourt(COURT);
        p.setFileNumber(FILE_NUMBER);
        LegalEvent complaint = new LegalEvent(1, LegalEventType.COMPLAINT_FILED, new PartialDate(2019, 11, null, false), "lawyer", NOW);
        complaint.setCharges(CHARGES);
        List<LegalEvent> events = List.of(complaint);
        return new ProceedingView(p, "MZN-2019-0042", events,
                StageDerivation.derive(List.of(new LegalEventFact(LegalEventType.COMPLAINT_FILED, complaint.getDate().start(), 1,
                        java.util.Set.of(), null, false, null)), List.of()), true, true, true, List.of(), java.util.Set.of());
    }

    private static CaseParty party(ViolationCase c, int position, String arabic, String latin, PartyRole role) {
        Person person = new Person("investigator", NOW);
        person.setNameArabic(arabic);
        person.setNameLatin(latin);
        CaseParty party = new CaseParty(c, position, person, role);
        if (role == PartyRole.VICTIM) {
            party.setFate(Fate.KILLED);
        }
        return party;
    }

    private static CaseParty perpetrator(ViolationCase c, int position) {
        CaseParty party = new CaseParty(c, position, null, PartyRole.PERPETRATOR);
        party.setPerpetratorKind(PerpetratorKind.UNIDENTIFIED);
        return party;
    }
}
