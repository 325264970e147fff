package org.mizan.evidence.inspector;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The worker's answer is JSON even when the file put quotes, control characters or broken UTF-16 in it. */
class JsonTest {

    @Test
    void escapesWhatAFileCanHold() {
        String json = new Json().field("text", "a \"quote\" \\ line\nNUL\u0000 lone\uD800 pair\uD83D\uDE00").field("n", 1.5)
                .object("metadata", Map.of("k", List.of("v1", "v2"))).close();
        assertEquals("{\"text\":\"a \\\"quote\\\" \\\\ line\\nNUL\\u0000 lone\\ud800 pair\uD83D\uDE00\",\"n\":1.5,"
                + "\"metadata\":{\"k\":[\"v1\",\"v2\"]}}", json);
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertEquals("{\"inspected\":false,\"reason\":\"ZIP_BOMB\",\"textTruncated\":false,\"metadata\":{}}",
                Finding.refused(Refusal.ZIP_BOMB, null, null).toJson());
    }
}
