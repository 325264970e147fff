package org.mizan.reports.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ReportKind;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;

/**
 * What an issued report says about itself in the JSON file it carries ({@code mizan-manifest.json}): enough for a reader away
 * from Mizan to tie the pages to the registry entry and to the organisation's certificate. {@code contentSha256} is the
 * SHA-256 of the first {@code contentLength} bytes of the file — the pages as rendered, before the manifest and the
 * signature were appended as an incremental update — so {@code head -c <contentLength> report.pdf | sha256sum} checks it.
 */
record ReportManifest(String reportId, ReportKind kind, Audience audience, String language, Instant issuedAt, String contentSha256,
                      long contentLength, String certificateSha256) {

    static final String FILE_NAME = "mizan-manifest.json";

    byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder().add("reportId", reportId).add("kind", kind.name())
                    .add("audience", audience.name()).add("language", language).add("issuedAt", issuedAt.toString())
                    .add("contentSha256", contentSha256).add("contentLength", contentLength)
                    .add("certificateSha256", certificateSha256).build());
        }
        return out.toByteArray();
    }
}
