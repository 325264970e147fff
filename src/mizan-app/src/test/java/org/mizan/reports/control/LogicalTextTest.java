package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ReportKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pdftotext} (poppler, what most Linux tools and viewers extract with) reads Arabic and Kurdish names out of an issued
 * report as they were typed, so a UN officer can copy or search a victim's name. Needs poppler-utils (.ci/run installs it).
 */
class LogicalTextTest {

    private static final List<String> NAMES = List.of("سجاد الموسوي", "حسين علي", "هەڵۆ لە سلێمانی", "ڕێکخراوی مافی مرۆڤ");

    @ParameterizedTest
    @CsvSource({"DOSSIER,ar", "WGEID,ar", "WGEID,ckb"})
    void theStoredNamesOfAnIssuedReportExtractAsTyped(ReportKind kind, String language) throws Exception {
        String text = pdftotext(IssuedReports.pdf(kind, language));
        List<String> names = kind == ReportKind.DOSSIER ? List.of("حسين علي", "سلێمانی", "السليمانية") : List.of("سجاد الكناني", "حي الجهاد");
        names.forEach(name -> assertTrue(text.contains(name), language + ": missing '" + name + "' in:\n" + text));
    }

    @Test
    void arabicAndKurdishNamesExtractAsTypedFromASealedReport() throws Exception {
        String text = pdftotext(sealed(render()));
        NAMES.forEach(name -> assertTrue(text.contains(name), "missing '" + name + "' in:\n" + text));
    }

    @Test
    void asRenderedTheNamesComeOutReversed() throws Exception {
        // the renderer's own text layer: what the seal repairs, so the test above can fail
        String text = pdftotext(render());
        assertFalse(text.contains("سجاد الموسوي"), text);
    }

    private static byte[] render() {
        List<ReportItem> rows = NAMES.stream().map(name -> new ReportItem(null, name, null)).toList();
        return new ReportRenderer().pdf("section", Map.of(), rows, Locale.forLanguageTag("ar"));
    }

    private static byte[] sealed(byte[] rendered) {
        return SealedReport.seal(rendered, new ReportManifest("R-2026-0001", ReportKind.DOSSIER, Audience.INTERNAL, "ar", IssuedReports.AT,
                "0".repeat(64), rendered.length, IssuedReports.KEY.fingerprint()), IssuedReports.KEY);
    }

    /** poppler's plain text of the PDF, without the bidi controls it adds around right-to-left lines. */
    private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor() == 0, "pdftotext (poppler-utils) failed: " + text);
            return PdfText.withoutBidiControls(text);
        } finally {
            Files.delete(file);
        }
    }
}
