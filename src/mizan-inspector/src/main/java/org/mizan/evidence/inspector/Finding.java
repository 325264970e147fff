package org.mizan.evidence.inspector;

import java.util.List;
import java.util.Map;

/**
 * What the worker found in a file, as it tells the server: one JSON object on standard output.
 * Either the file was inspected (its type with container detection, text up to the limit, the
 * metadata that matter for evidence, and all metadata), or it was not, and why.
 */
record Finding(boolean inspected, Refusal refusal, String detail, String type, String text, boolean textTruncated,
               String capturedAt, Double latitude, Double longitude, String author, Map<String, List<String>> metadata) {

    static Finding refused(Refusal refusal, String detail, String type) {
        return new Finding(false, refusal, detail, type, null, false, null, null, null, null, Map.of());
    }

    String toJson() {
        Json json = new Json();
        json.field("inspected", inspected);
        if (refusal != null) {
            json.field("reason", refusal.name());
        }
        json.field("detail", detail).field("type", type).field("text", text).field("textTruncated", textTruncated)
                .field("capturedAt", capturedAt).field("latitude", latitude).field("longitude", longitude).field("author", author);
        json.object("metadata", metadata);
        return json.close();
    }
}
