package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.reports.entity.Audience;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The periodic report laid out and rendered through the real templates, without a server. */
class PeriodicLayoutTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static ReportDraft draft(Audience audience, String language) {
        return PeriodicReports.compose(PeriodicFixtures.order(audience, language), PeriodicFixtures.cases(), PeriodicFixtures.impunity(),
                PeriodicFixtures.TYPES, PeriodicFixtures.GOVERNORATES, RENDERER, NOW);
    }

    private static byte[] render(ReportDraft draft) {
        return RENDERER.pdf(draft.template(), draft.parameters(), draft.rows(), draft.locale());
    }

    @Test
    void rowsShowTheVictimsAsRedactedWithAgeGroupAndFate() {
        List<String> isolated = draft(Audience.PUBLIC, "en").rows().stream().map(Object::toString).toList();
        // The Arabic initials inside the English row are isolated (FSI … PDI); the words are compared without the marks.
        assertTrue(isolated.get(0).contains("\u2068ص. س.\u2069"), isolated.get(0));
        List<String> rows = isolated.stream().map(PdfText::withoutBidiControls).toList();
        assertEquals("MZN-2019-0001 | 2019-10-25 | Baghdad | Targeted killing (assassination) | ص. س. / S. S. (20–29, Killed) "
                + "| Verified · Investigation", rows.get(0));
        assertTrue(rows.get(1).contains("حسين علي / Hussein Ali (31, Injured); ز. ك. / Z. K. (40–49, Killed)"), rows.get(1));
        assertTrue(rows.get(3).endsWith("| — | Verified · Not started"), rows.get(3));
    }

    @Test
    void theOrderKeepsCodesAndNoNames() {
        assertEquals(java.util.Map.of("from", "2019-01-01", "to", "2020-12-31", "audience", "PUBLIC", "lang", "ar"),
                draft(Audience.PUBLIC, "ar").order());
    }

    @Test
    void englishEditionHasTheHeadingsFiguresAndCases() {
        String text = PdfText.of(render(draft(Audience.PUBLIC, "en")));
        for (String expected : List.of("Periodic report", "Incidents from 2019-01-01 to 2020-12-31", "Filters: none",
                "Audience: Public (parliament and press)", "Cases: 4. Victims: 4.", "Cases by violation type", "Cases by governorate",
                "Cases by month of the incident", "Victims by occupation", "Victims by fate", "Prosecution stages",
                "Impunity indicators", "Cases (4)", "MZN-2019-0001", "MZN-2020-0004", "2019 (month not known)",
                "No proceeding recorded", "Targeted killing (assassination)", "50.0 %", "S. S.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void arabicEditionHasArabicHeadingsAndLabels() {
        String text = PdfText.of(render(draft(Audience.PUBLIC, "ar")));
        for (String expected : List.of("تقرير دوري", "القضايا حسب نوع الانتهاك", "القضايا حسب المحافظة", "مؤشرات الإفلات من العقاب",
                "بغداد", "اغتيال", "MZN-2019-0001", "القضايا (4)")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void kurdishEditionRenders() {
        String text = PdfText.of(render(draft(Audience.UN, "ckb")));
        assertTrue(text.contains("ڕاپۆرتی خولی"), text);
    }

    @Test
    void anEmptyReportStillHasItsTitleBlockAndSaysSo() {
        ReportDraft empty = PeriodicReports.compose(PeriodicFixtures.order(Audience.PUBLIC, "en"), List.of(), PeriodicFixtures.impunity(),
                PeriodicFixtures.TYPES, PeriodicFixtures.GOVERNORATES, RENDERER, NOW);
        String text = PdfText.of(render(empty));
        assertTrue(text.contains("Periodic report") && text.contains("No case matches the period and filters."), text);
    }

    /** Not a test: writes the fixtures' report in each language to a folder, to look at (-Dperiodic.samples=/tmp/x). */
    @Test
    void samples() throws java.io.IOException {
        String folder = System.getProperty("periodic.samples");
        if (folder != null) {
            for (String language : List.of("en", "ar", "ckb")) {
                java.nio.file.Files.write(java.nio.file.Path.of(folder, "periodic-" + language + ".pdf"), render(draft(Audience.PUBLIC, language)));
            }
        }
    }

    @Test
    void aDraftFillsAgainOnceRewound() {
        ReportDraft draft = draft(Audience.PUBLIC, "en");
        render(draft);
        String again = PdfText.of(render(PeriodicReports.rewound(draft)));
        assertTrue(again.contains("Cases by governorate"), again);
    }

    @Test
    void onlyInitialsOfUnconsentedVictimsReachTheFile() {
        byte[] pdf = render(draft(Audience.PUBLIC, "en"));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Saray"), "fixtures never carry the name");
        String text = PdfText.of(pdf);
        assertTrue(text.contains("Hussein Ali"), "the consented name is there");
        assertFalse(text.lines().collect(Collectors.joining()).contains("Zainab"));
    }
}
