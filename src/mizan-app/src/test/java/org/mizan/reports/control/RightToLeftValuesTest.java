package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.reports.entity.Audience;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values that are not Arabic script inside the lines of a right-to-left edition keep their own order on the page. The
 * bidi algorithm otherwise moves the final period of Latin initials to their left (".H. A") and turns an age band,
 * whose digits follow Arabic letters, into "49–40". Read from the glyphs' positions, not from the text layer, which
 * keeps the logical order whatever the page shows. The single spaces around each value in the expectations also catch
 * the bidi controls drawn as visible gaps.
 */
class RightToLeftValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ckb"})
    void initialsAndAgeBandsReadLeftToRightInsideRightToLeftLines(String language) {
        DossierFacts facts = DossierLayoutTest.facts();
        facts.violationCase().getParties().get(0).setAgeAtIncident(43);
        List<String> lines = PdfText.visualLines(DossierLayoutTest.render(facts, Audience.PUBLIC, Locale.forLanguageTag(language)));
        // The Latin initials end the line "ح. ع. / H. A.", so they stand at its left end, just left of the slash.
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("H. A. /")), "initials out of order in:\n" + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.contains("40–49")), "age band out of order in:\n" + String.join("\n", lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ckb"})
    void datesInsideSentencesAreIsoAndReadLeftToRight(String language) {
        List<String> lines = PdfText.visualLines(DossierLayoutTest.render(DossierLayoutTest.facts(), Audience.INTERNAL,
                Locale.forLanguageTag(language)));
        // "Generated on 2026-11-27 10:00 UTC by lawyer.": a date in the middle of a sentence, as the pages write it.
        assertTrue(lines.stream().anyMatch(line -> line.contains(" 2026-11-27 10:00 UTC ")), "date out of order in:\n" + String.join("\n", lines));
        // A time leading an Arabic line stands at its right, where the line starts.
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("— 2026-11-27 10:00 UTC")), "leading time not on the right in:\n" + String.join("\n", lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ckb"})
    void aFileNumberWithArabicLettersKeepsItsPartsInOrderBesideALatinCourtName(String language) {
        DossierFacts facts = DossierLayoutTest.facts();
        facts.proceedings().get(0).proceeding().setFileNumber("1234/ج/2020");
        List<String> lines = PdfText.visualLines(DossierLayoutTest.render(facts, Audience.INTERNAL, Locale.forLanguageTag(language)));
        // Written and read right to left as Iraqi courts write it: 1234, then ج, then 2020; not "1234/2020/ج".
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("2020/ج/1234 · Karkh Investigation Court")),
                "file number out of order in:\n" + String.join("\n", lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ckb"})
    void ageBandsInThePeriodicReportsListOfCasesReadLeftToRight(String language) {
        ReportRenderer renderer = new ReportRenderer();
        ReportDraft draft = PeriodicReports.compose(PeriodicFixtures.order(Audience.PUBLIC, language), PeriodicFixtures.cases(),
                PeriodicFixtures.impunity(), PeriodicFixtures.TYPES, PeriodicFixtures.GOVERNORATES, renderer, Instant.parse("2026-11-27T10:00:00Z"));
        List<String> lines = PdfText.visualLines(renderer.pdf(draft.template(), draft.parameters(), draft.rows(), draft.locale()));
        // "ز. ك. / Z. K. (40–49, قُتل)": the band follows the isolated name and a parenthesis, not Arabic letters.
        // Read from the left: "(fate, 20–29) S. S. / ص. س.", the parenthesis closing on the band and the space on the name.
        assertTrue(lines.stream().anyMatch(line -> line.contains(",20–29) S. S. /")), "band and name apart wrongly in:\n" + String.join("\n", lines));
        for (String band : List.of("40–49", "10–19")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(band)), band + " out of order in:\n" + String.join("\n", lines));
        }
    }

    /**
     * The English edition isolates too: a file number with Arabic letters, or an Arabic name, inside an English line
     * keeps its parts in order, where the bidi algorithm would otherwise join the digits after ج to the Arabic run.
     */
    @Test
    void anEnglishEditionKeepsArabicValuesInTheirOwnOrder() {
        DossierFacts facts = DossierLayoutTest.facts();
        facts.proceedings().get(0).proceeding().setFileNumber("1234/ج/2020");
        List<String> lines = PdfText.visualLines(DossierLayoutTest.render(facts, Audience.INTERNAL, Locale.ENGLISH));
        // The isolated value reads right to left as a whole, as Iraqi courts write it: 1234, then ج, then 2020.
        assertTrue(lines.stream().anyMatch(line -> line.equals("File number: 2020/ج/1234")),
                "file number out of order in:\n" + String.join("\n", lines));
    }
}
