package org.mizan.reports.control;

import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.VerdictKind;
import org.mizan.reports.entity.AgeGroup;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Redacted cases and figures for the periodic report's tests, built by hand: no database, no redaction rules. */
final class PeriodicFixtures {

    static final Map<String, ReferenceData.Label> TYPES = labels(
            new ReferenceData.Label("ASSASSINATION", "Targeted killing (assassination)", "اغتيال", "تیرۆرکردن"),
            new ReferenceData.Label("ABDUCTION", "Abduction / enforced disappearance", "اختطاف / إخفاء قسري", "ڕفاندن"),
            new ReferenceData.Label("THREAT", "Threats and intimidation", "تهديد وترهيب", "هەڕەشە"));
    static final Map<String, ReferenceData.Label> GOVERNORATES = labels(
            new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا"),
            new ReferenceData.Label("BA", "Basra", "البصرة", "بەسرە"),
            new ReferenceData.Label("SU", "Sulaymaniyah", "السليمانية", "سلێمانی"));

    private PeriodicFixtures() {
    }

    private static Map<String, ReferenceData.Label> labels(ReferenceData.Label... labels) {
        Map<String, ReferenceData.Label> map = new LinkedHashMap<>();
        Arrays.stream(labels).forEach(l -> map.put(l.code(), l));
        return map;
    }

    static RedactedParty named(String arabic, String latin, Fate fate, int age) {
        return new RedactedParty(PartyRole.VICTIM, Appearance.NAMED, arabic, latin, null, null, age, AgeGroup.of(age), fate,
                null, null, List.of(), null, null, null, false, null, null);
    }

    static RedactedParty initials(String arabic, String latin, Fate fate, int age) {
        return new RedactedParty(PartyRole.VICTIM, Appearance.INITIALS, null, null, arabic, latin, null, AgeGroup.of(age), fate,
                null, null, List.of(), null, null, null, false, null, null);
    }

    static PeriodicCase periodicCase(String reference, PartialDate date, String governorate, Set<String> types, Phase phase,
                                     List<Occupation> occupations, RedactedParty... victims) {
        RedactedCase redacted = new RedactedCase(Audience.PUBLIC, reference.hashCode(), reference, types, date, null, null, governorate,
                null, null, null, CaseStatus.VERIFIED, null, Set.of(), List.of(victims), List.of(), List.of(), List.of(), false, false);
        return new PeriodicCase(redacted, occupations, phase);
    }

    /** Four cases: Baghdad twice (October and November 2019), Basra (2019, month unknown), Sulaymaniyah (2020-01). */
    static List<PeriodicCase> cases() {
        return List.of(
                periodicCase("MZN-2019-0001", new PartialDate(2019, 10, 25, false), "BG", Set.of("ASSASSINATION"), Phase.INVESTIGATION,
                        List.of(Occupation.ACTIVIST), initials("ص. س.", "S. S.", Fate.KILLED, 26)),
                periodicCase("MZN-2019-0002", new PartialDate(2019, 11, null, false), "BG", Set.of("ASSASSINATION", "THREAT"),
                        Phase.NOT_STARTED, List.of(Occupation.JOURNALIST, Occupation.ACTIVIST),
                        named("حسين علي", "Hussein Ali", Fate.INJURED, 31), initials("ز. ك.", "Z. K.", Fate.KILLED, 44)),
                periodicCase("MZN-2019-0003", new PartialDate(2019, null, null, true), "BA", Set.of("ABDUCTION"), Phase.NOT_STARTED,
                        java.util.Arrays.asList((Occupation) null), initials("م. ج.", "M. J.", Fate.MISSING, 19)),
                periodicCase("MZN-2020-0004", new PartialDate(2020, 1, 3, false), "SU", Set.of("ABDUCTION"), Phase.NOT_STARTED,
                        List.of()));
    }

    /** Figures as the impunity indicators would give them for {@link #cases()}: one case with a proceeding. */
    static ImpunityFigures impunity() {
        Map<Phase, Long> phases = new EnumMap<>(Phase.class);
        Arrays.stream(Phase.values()).forEach(p -> phases.put(p, 0L));
        phases.put(Phase.INVESTIGATION, 1L);
        Map<VerdictKind, Long> verdicts = new EnumMap<>(VerdictKind.class);
        Arrays.stream(VerdictKind.values()).forEach(v -> verdicts.put(v, 0L));
        return new ImpunityFigures(LocalDate.of(2026, 11, 27), 4, 1,
                new ImpunityFigures.Share(0, 1, ImpunityFigures.Denominator.CASES_WITH_PROCEEDING),
                new ImpunityFigures.Share(0, 4, ImpunityFigures.Denominator.CASES),
                new ImpunityFigures.Share(0, 4, ImpunityFigures.Denominator.CASES), 0, phases, verdicts,
                new ImpunityFigures.Clocks(4, 0, 2400L, null), new ImpunityFigures.Clocks(4, 0, 2400L, null),
                new ImpunityFigures.Clocks(4, 0, 2400L, null));
    }

    static PeriodicOrder order(Audience audience, String language) {
        return new PeriodicOrder(new CaseFilter(null, null, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), null, null, null,
                null, null), audience, java.util.Locale.forLanguageTag(language));
    }
}
