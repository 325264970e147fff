package org.mizan.evidence.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every reason reads the same in the item's note and in the English bundle, and can be read back to be shown in another language. */
class InspectionReasonTest {

    @Test
    void notesAreReadBackWithTheirArguments() {
        String note = InspectionReason.TIMED_OUT.note(60);
        assertEquals("timed out after 60 s", note);
        InspectionReason.Recognised recognised = InspectionReason.recognise(note).orElseThrow();
        assertEquals(InspectionReason.TIMED_OUT, recognised.reason());
        assertEquals(List.of("60"), recognised.arguments());
        assertEquals(InspectionReason.POLYGLOT_ZIP, InspectionReason.recognise("polyglot: also a ZIP archive").orElseThrow().reason());
    }

    @Test
    void everyReasonIsInTheBundlesAsItIsNoted() throws IOException {
        for (String bundle : List.of("messages", "messages_ar", "messages_ckb")) {
            Properties messages = load(bundle);
            for (InspectionReason reason : InspectionReason.values()) {
                assertNotNull(messages.getProperty(reason.key()), bundle + " lacks " + reason.key());
            }
        }
        Properties english = load("messages");
        for (InspectionReason reason : InspectionReason.values()) {
            assertEquals(reason.note("{0}"), english.getProperty(reason.key()), reason.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InspectionReasonTest.class.getResourceAsStream("/org/mizan/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
