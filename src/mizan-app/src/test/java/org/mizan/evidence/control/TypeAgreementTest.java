package org.mizan.evidence.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeAgreementTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void aPngNamedPdfDisagrees() {
        String detected = TypeDetector.detect(PNG);
        assertEquals("image/png", detected);
        assertFalse(TypeAgreement.agrees("report.pdf", "application/pdf", detected));
        assertFalse(TypeAgreement.agrees("report.pdf", null, detected), "the name alone is a claim");
        assertTrue(TypeAgreement.agrees("photo.png", "image/png", detected));
    }

    @Test
    void anExecutableNamedJpgDisagrees() {
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        String detected = TypeDetector.detect(executable);
        assertFalse(TypeAgreement.agrees("photo.jpg", "image/jpeg", detected), detected);
    }

    @Test
    void htmlNamedTxtDisagreesButPlainTextUnderAMoreSpecificTextTypeAgrees() {
        assertFalse(TypeAgreement.agrees("notes.txt", "text/plain", "text/html"));
        assertTrue(TypeAgreement.agrees("victims.csv", "text/csv", "text/plain"));
    }

    @Test
    void aDocxDetectedAsTheZipItIsBuiltOnAgrees() {
        assertTrue(TypeAgreement.agrees("statement.docx", DOCX, "application/zip"));
        assertTrue(TypeAgreement.agrees("statement.docx", DOCX, "application/x-tika-ooxml"));
    }

    @Test
    void noClaimAgreesWithAnythingButUnrecognisedBytesUnderASpecificClaimDoNot() {
        assertTrue(TypeAgreement.agrees("clip", "application/octet-stream", "video/mp4"));
        assertTrue(TypeAgreement.agrees("data.unknownext", null, "application/octet-stream"));
        assertFalse(TypeAgreement.agrees("photo.jpg", "image/jpeg", "application/octet-stream"));
        assertEquals("image/jpeg", TypeAgreement.suggestedBy("صورة.JPG"));
        assertEquals("application/octet-stream", TypeAgreement.suggestedBy("no-extension"));
    }

    @Test
    void anAliasOfTheDetectedTypeAgrees() {
        assertTrue(TypeAgreement.agrees("a.txt", "text/plain; charset=" + StandardCharsets.UTF_8.name(), "text/plain"));
    }
}
