package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.reports.entity.ReportKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every kind of issued report, in a left-to-right and a right-to-left language, is PDF/A-3b as veraPDF judges it. */
class ArchivalReportsTest {

    @ParameterizedTest
    @CsvSource({"DOSSIER,en", "DOSSIER,ar", "PERIODIC,en", "PERIODIC,ar", "WGEID,en", "WGEID,ar", "WGEID,ckb"})
    void everyIssuedReportIsPdfA3b(ReportKind kind, String language) {
        assertEquals(List.of(), VeraPdf.failures(IssuedReports.pdf(kind, language)), kind + " " + language);
    }

    @Test
    void veraPdfFindsWhatTheSealRepairs() {
        // JasperReports' PDF/A alone leaves an incomplete CIDSet: the validator must see it, or the test above proves nothing
        byte[] rendered = new ReportRenderer().pdf("section", Map.of(), List.of(new ReportItem(null, "سجاد الموسوي", null)), Locale.ENGLISH);
        assertFalse(VeraPdf.failures(rendered).isEmpty());
    }
}
