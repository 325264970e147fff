package org.mizan.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks a report Mizan issued, with nothing but the JDK: its PAdES signature over the byte range (which must be the whole file
 * but the signature value), the signing certificate's fingerprint (against {@code --fingerprint} when given), and the embedded
 * manifest — that the pages are the bytes whose SHA-256 it gives, that it names the report the file's metadata names and the
 * certificate that signed. Each thing wrong is one {@link Finding}.
 */
public final class ReportCheck {

    private ReportCheck() {
    }

    /** IOException only when the file cannot be read; {@code expectedFingerprint} may be null. */
    public static ReportVerdict verify(Path path, String expectedFingerprint) throws IOException {
        byte[] file = Files.readAllBytes(path);
        String name = path.getFileName().toString();
        PdfReport pdf = PdfReport.read(file);
        List<Finding> findings = new ArrayList<>();
        X509Certificate certificate = null;
        boolean signed = false;
        if (pdf.byteRange == null || pdf.signature == null) {
            findings.add(new Finding(Finding.Problem.SIGNATURE_MISSING, name));
        } else {
            long[] r = pdf.byteRange;
            try {
                CmsSignature cms = CmsSignature.parse(pdf.signature);
                certificate = cms.certificate();
                signed = r[0] == 0 && r[2] + r[3] <= file.length && cms.verifies(signedBytes(file, r));
                if (!signed) {
                    findings.add(new Finding(Finding.Problem.SIGNED_BYTES_CHANGED, "0–" + r[1] + ", " + r[2] + "–" + (r[2] + r[3])));
                }
            } catch (IllegalArgumentException unreadable) {
                findings.add(new Finding(Finding.Problem.SIGNATURE_UNREADABLE, unreadable.getMessage()));
            }
            if (r[2] + r[3] != file.length) {
                findings.add(new Finding(Finding.Problem.ADDED_AFTER_SIGNING, (r[2] + r[3]) + "–" + file.length));
            }
        }
        String fingerprint = certificate == null ? null : Bags.fingerprint(certificate);
        if (expectedFingerprint != null && !Bags.sameFingerprint(expectedFingerprint, fingerprint)) {
            findings.add(new Finding(Finding.Problem.NOT_THE_EXPECTED_CERTIFICATE, expectedFingerprint));
        }
        checkManifest(file, pdf, fingerprint, findings);
        return new ReportVerdict(name, pdf.manifest == null ? Map.of() : pdf.manifest, signed, pdf.signedAt, fingerprint,
                certificate == null ? null : certificate.getSubjectX500Principal().getName(),
                certificate != null && certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()),
                List.copyOf(findings));
    }

    private static void checkManifest(byte[] file, PdfReport pdf, String fingerprint, List<Finding> findings) {
        String manifest = "mizan-manifest.json";
        if (pdf.manifest == null) {
            findings.add(new Finding(Finding.Problem.MANIFEST_MISSING, manifest));
            return;
        }
        Map<String, String> fields = pdf.manifest;
        String sha256 = fields.get("contentSha256");
        String length = fields.get("contentLength");
        if (sha256 == null || length == null || fields.get("reportId") == null || Long.parseLong(length) > file.length) {
            findings.add(new Finding(Finding.Problem.MANIFEST_UNREADABLE, manifest));
            return;
        }
        if (!sha256.equalsIgnoreCase(sha256(file, Integer.parseInt(length)))) {
            findings.add(new Finding(Finding.Problem.PAGES_CHANGED, "0–" + length));
        }
        if (!fields.get("reportId").equals(pdf.claimedId)) {
            findings.add(new Finding(Finding.Problem.MANIFEST_OTHER_REPORT, manifest));
        }
        if (fingerprint != null && !Bags.sameFingerprint(fingerprint, fields.getOrDefault("certificateSha256", ""))) {
            findings.add(new Finding(Finding.Problem.MANIFEST_OTHER_CERTIFICATE, manifest));
        }
    }

    private static byte[] signedBytes(byte[] file, long[] range) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(file.length);
        signed.write(file, (int) range[0], (int) range[1]);
        signed.write(file, (int) range[2], (int) range[3]);
        return signed.toByteArray();
    }

    private static String sha256(byte[] file, int length) {
        try {
            return HexFormat.of().formatHex(CmsSignature.sha256(java.util.Arrays.copyOf(file, length)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
