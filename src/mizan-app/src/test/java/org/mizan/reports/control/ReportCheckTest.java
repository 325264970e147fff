package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.reports.entity.ReportKind;
import org.mizan.verify.Finding;
import org.mizan.verify.ReportCheck;
import org.mizan.verify.ReportVerdict;
import org.mizan.verify.VerifyPackage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline verifier (mizan-verify, JDK only) on reports issued as the server issues them: intact, then with one byte of the
 * pages changed, with the embedded manifest changed, with bytes appended, and against another organisation's fingerprint —
 * each named in what it prints.
 */
class ReportCheckTest {

    @TempDir
    Path folder;

    @Test
    void anIssuedReportIsIntactAndItsManifestIsPrinted() throws Exception {
        Run run = run(IssuedReports.pdf(ReportKind.WGEID, "ar"), "--lang", "all", "--fingerprint", IssuedReports.KEY.fingerprint());
        assertEquals(VerifyPackage.INTACT, run.code, run.output);
        for (String expected : List.of("RESULT: INTACT", "النتيجة: سليم", "ئەنجام: دروستە", IssuedReports.id(ReportKind.WGEID, "ar"), "WGEID",
                IssuedReports.KEY.fingerprint(), "Signed at 2026-11-27 10:00:00 UTC")) {
            assertTrue(run.output.contains(expected), "missing '" + expected + "' in:\n" + run.output);
        }
    }

    @Test
    void aChangedByteOfThePagesIsNamed() throws Exception {
        byte[] pdf = IssuedReports.pdf(ReportKind.DOSSIER, "en").clone();
        pdf[pdf.length / 4] ^= 0x01;
        ReportVerdict verdict = ReportCheck.verify(write(pdf), null);
        assertEquals(List.of(Finding.Problem.SIGNED_BYTES_CHANGED, Finding.Problem.PAGES_CHANGED), problems(verdict));
        Run run = run(pdf, "--lang", "en");
        assertEquals(VerifyPackage.NOT_INTACT, run.code);
        assertTrue(run.output.contains("CHANGED AFTER SIGNING") && run.output.contains("PAGES CHANGED"), run.output);
    }

    @Test
    void aChangedManifestIsNamed() throws Exception {
        byte[] pdf = IssuedReports.pdf(ReportKind.PERIODIC, "ar").clone();
        String id = IssuedReports.id(ReportKind.PERIODIC, "ar");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"reportId\": \"" + id + "\"");
        assertTrue(at > 0, "the manifest is stored uncompressed");
        pdf[at + "\"reportId\": \"".length() + id.length() - 1] ^= 0x01;
        ReportVerdict verdict = ReportCheck.verify(write(pdf), null);
        assertEquals(List.of(Finding.Problem.SIGNED_BYTES_CHANGED, Finding.Problem.MANIFEST_OTHER_REPORT), problems(verdict));
        assertTrue(run(pdf, "--lang", "ckb").output.contains("بەیاننامە گۆڕدراوە: mizan-manifest.json"));
    }

    @Test
    void bytesAddedAfterSigningAndAnotherCertificateAreNamed() throws Exception {
        byte[] issued = IssuedReports.pdf(ReportKind.DOSSIER, "ar");
        byte[] longer = java.util.Arrays.copyOf(issued, issued.length + 6);
        System.arraycopy("%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, longer, issued.length, 6);
        String other = OrganisationKey.parse(OrganisationKey.generatePem("Someone else", IssuedReports.AT)).fingerprint();
        ReportVerdict verdict = ReportCheck.verify(write(longer), other);
        assertEquals(List.of(Finding.Problem.ADDED_AFTER_SIGNING, Finding.Problem.NOT_THE_EXPECTED_CERTIFICATE), problems(verdict));
        assertTrue(verdict.signatureValid(), "the signed bytes themselves are unchanged");
        assertFalse(verdict.intact());
    }

    @Test
    void aPdfWithoutSignatureIsNotIntact() throws Exception {
        byte[] plain = new ReportRenderer().pdf("section", java.util.Map.of(), List.of(new ReportItem(null, "x", null)), java.util.Locale.ENGLISH);
        ReportVerdict verdict = ReportCheck.verify(write(plain), null);
        assertEquals(List.of(Finding.Problem.SIGNATURE_MISSING, Finding.Problem.MANIFEST_MISSING), problems(verdict));
    }

    private static List<Finding.Problem> problems(ReportVerdict verdict) {
        return verdict.findings().stream().map(Finding::problem).toList();
    }

    private Path write(byte[] pdf) throws Exception {
        return Files.write(Files.createTempFile(folder, "report", ".pdf"), pdf);
    }

    private record Run(int code, String output) {
    }

    private Run run(byte[] pdf, String... options) throws Exception {
        Path file = write(pdf);
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(options), java.util.stream.Stream.of(file.toString()))
                .toArray(String[]::new);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyPackage.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
