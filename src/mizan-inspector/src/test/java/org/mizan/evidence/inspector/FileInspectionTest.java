package org.mizan.evidence.inspector;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's inspection, in this JVM: what it finds in real files, and how it refuses hostile ones. */
class FileInspectionTest {

    private static FileInspection inspection;
    @TempDir
    Path folder;

    @BeforeAll
    static void tika() {
        inspection = new FileInspection(WorkerLimits.DEFAULT);
    }

    private Finding inspect(byte[] bytes) throws IOException {
        Path file = folder.resolve("input");
        Files.write(file, bytes);
        return inspection.inspect(file);
    }

    @Test
    void aPhotoGivesItsCaptureTimeAndPosition() throws IOException {
        Finding photo = inspect(SampleFiles.jpegWithGps("2019:10:25 14:30:00", 33.3152, 44.3661));
        assertTrue(photo.inspected(), photo::toJson);
        assertEquals("image/jpeg", photo.type());
        assertEquals("2019-10-25T14:30:00", photo.capturedAt());
        assertEquals(33.3152, photo.latitude(), 1e-4);
        assertEquals(44.3661, photo.longitude(), 1e-4);
        assertFalse(photo.metadata().containsKey("File Modified Date"), "the worker's copy has no say in the evidence");
    }

    @Test
    void aWordDocumentGivesItsArabicTextAuthorAndDates() throws IOException {
        Finding document = inspect(SampleFiles.docx("شهادة الشاهد عن اغتيال الناشط", "زهراء علي"));
        assertTrue(document.inspected(), document::toJson);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.type(),
                "container detection tells a DOCX from a zip");
        assertEquals("شهادة الشاهد عن اغتيال الناشط", document.text());
        assertEquals("زهراء علي", document.author());
        assertEquals("2019-11-02T09:00:00Z", document.metadata().get("dcterms:created").get(0));
    }

    @Test
    void textBeyondTheLimitIsCut() throws IOException {
        Path file = folder.resolve("long.txt");
        Files.writeString(file, "word ".repeat(50_000), StandardCharsets.UTF_8);
        Finding cut = new FileInspection(WorkerLimits.parse(new String[]{"text=1000"}, 0)).inspect(file);
        assertTrue(cut.inspected());
        assertTrue(cut.textTruncated());
        assertTrue(cut.text().length() <= 1000, () -> "length " + cut.text().length());
    }

    @Test
    void aZipBombIsRefusedBeforeInflating() throws IOException {
        Finding bomb = inspect(SampleFiles.zipBomb(100));
        assertEquals(Refusal.ZIP_BOMB, bomb.refusal(), bomb::toJson);
        assertFalse(bomb.inspected());
    }

    @Test
    void billionLaughsIsAnXmlBomb() throws IOException {
        assertEquals(Refusal.XML_BOMB, inspect(SampleFiles.billionLaughs()).refusal());
    }

    @Test
    void archivesNestedFiftyDeepAreRefusedAtTheLimit() throws IOException {
        Finding nested = inspect(SampleFiles.nestedZips(50));
        assertEquals(Refusal.NESTED_TOO_DEEP, nested.refusal(), nested::toJson);
        assertEquals("10", nested.detail());
        Finding shallow = inspect(SampleFiles.nestedZips(5));
        assertTrue(shallow.inspected(), "five levels are an ordinary archive of archives");
        assertTrue(shallow.text().contains("the bottom of the archive"));
    }

    @Test
    void aPictureWithAZipAppendedIsAPolyglot() throws IOException {
        Finding polyglot = inspect(SampleFiles.pngWithZip());
        assertEquals(Refusal.POLYGLOT, polyglot.refusal());
        assertEquals("ZIP", polyglot.detail());
        assertEquals("image/png", polyglot.type());
    }

    @Test
    void aPdfHeaderBehindOtherBytesIsAPolyglot() throws IOException {
        Finding polyglot = inspect(SampleFiles.textWithPdfHeader());
        assertEquals(Refusal.POLYGLOT, polyglot.refusal());
        assertEquals("PDF", polyglot.detail());
    }

    @Test
    void aZipOfDocumentsIsNoPolyglot() throws IOException {
        Finding archive = inspect(SampleFiles.zip("a.txt", "first", "b.txt", "second"));
        assertTrue(archive.inspected(), archive::toJson);
        assertTrue(archive.text().contains("first") && archive.text().contains("second"));
    }

    @Test
    void anEmptyFileIsInspectedWithNothingFound() throws IOException {
        Finding empty = inspect(new byte[0]);
        assertTrue(empty.inspected());
        assertEquals("", empty.text());
        assertNull(empty.capturedAt());
    }
}
