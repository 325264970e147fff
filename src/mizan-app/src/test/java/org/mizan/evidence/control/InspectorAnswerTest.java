package org.mizan.evidence.control;

import org.junit.jupiter.api.Test;
import org.mizan.evidence.entity.InspectionStatus;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's answer is read without trusting it. */
class InspectorAnswerTest {

    private static Optional<InspectionOutcome> read(String json) {
        return InspectorAnswer.read(json.getBytes(StandardCharsets.UTF_8), 20, "256m");
    }

    @Test
    void findingsLandInTheirColumns() {
        InspectionOutcome outcome = read("{\"inspected\":true,\"type\":\"image/jpeg\",\"text\":\"نص\",\"capturedAt\":\"2019-10-25T14:30:00\","
                + "\"latitude\":33.3152,\"longitude\":44.3661,\"author\":\"زهراء\",\"metadata\":{\"geo:lat\":\"33.3152\"}}").orElseThrow();
        assertEquals(InspectionStatus.INSPECTED, outcome.status());
        assertEquals("image/jpeg", outcome.detectedType());
        assertEquals("نص", outcome.text());
        assertEquals(new BigDecimal("33.315200"), outcome.latitude());
        assertEquals(new BigDecimal("44.366100"), outcome.longitude());
        assertEquals("{\"geo:lat\":\"33.3152\"}", outcome.metadata());
        assertNull(outcome.note());
    }

    @Test
    void hostileValuesAreDroppedOrCut() {
        InspectionOutcome outcome = read("{\"inspected\":true,\"type\":\"text/html; charset=x\\\"><script>\",\"text\":\"a\\u0000b"
                + "0123456789012345678901234\",\"textTruncated\":true,\"latitude\":95,\"longitude\":44,\"author\":\"x\\u0001y\"}")
                .orElseThrow();
        assertNull(outcome.detectedType(), "not a media type");
        assertEquals("ab012345678901234567", outcome.text(), "no NUL, and no more than the limit");
        assertNull(outcome.latitude(), "no latitude beyond the pole");
        assertNull(outcome.longitude(), "a position is both or neither");
        assertEquals("xy", outcome.author());
        assertEquals("text cut at 20 characters", outcome.note());
    }

    @Test
    void metadataKeepsNoControlCharacterEvenEscaped() {
        // jsonb refuses a NUL even as a JSON escape, and EXIF strings often end in one.
        InspectionOutcome outcome = read("{\"inspected\":true,\"metadata\":{\"exif:Model\\u0000\":\"Pixel\\u0000\",\"dc:subject\":"
                + "[\"a\\u0001b\",\"c\"],\"n\":{\"path\":\"C:\\\\u0000\"}}}").orElseThrow();
        assertEquals("{\"exif:Model\":\"Pixel\",\"dc:subject\":[\"ab\",\"c\"],\"n\":{\"path\":\"C:\\\\u0000\"}}", outcome.metadata());
    }

    @Test
    void refusalsBecomeNotes() {
        assertEquals("zip bomb suspected", read("{\"inspected\":false,\"reason\":\"ZIP_BOMB\"}").orElseThrow().note());
        assertEquals("nested archives deeper than 10",
                read("{\"inspected\":false,\"reason\":\"NESTED_TOO_DEEP\",\"detail\":\"10\"}").orElseThrow().note());
        assertEquals("polyglot: also a ZIP archive",
                read("{\"inspected\":false,\"reason\":\"POLYGLOT\",\"detail\":\"ZIP\"}").orElseThrow().note());
        assertEquals("needed more than 256m of memory", read("{\"inspected\":false,\"reason\":\"OUT_OF_MEMORY\"}").orElseThrow().note());
        InspectionOutcome unknown = read("{\"inspected\":false,\"reason\":\"SOMETHING_NEW\"}").orElseThrow();
        assertEquals(InspectionStatus.NOT_INSPECTED, unknown.status());
        assertEquals("the inspector failed", unknown.note());
    }

    @Test
    void somethingElseIsNoAnswer() {
        assertTrue(read("Exception in thread main").isEmpty());
        assertTrue(read("[1,2]").isEmpty());
        assertTrue(read("{\"inspected\":true,\"metadata\":[1]}").isEmpty());
    }
}
