package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishTest {

    @Test
    void aDownloadUnpacksIntoItsOwnFolderOnly(@TempDir Path to) throws IOException {
        Publish.unzip(zip(Map.of("MZP-1/manifest-sha256.txt", "", "MZP-1/site/en/index.html", "<p>ok</p>")), to, "MZP-1");
        assertEquals("<p>ok</p>", Files.readString(to.resolve("MZP-1/site/en/index.html")));

        for (String outside : new String[] {"MZP-2/../../escaped.html", "MZP-3/../MZP-4/x.html", "/tmp/absolute.html"}) {
            IOException refused = assertThrows(IOException.class, () -> Publish.unzip(zip(Map.of(outside, "x")), to, "MZP-3"));
            assertTrue(refused.getMessage().contains("outside"), refused.getMessage());
        }
        assertFalse(Files.exists(to.getParent().resolve("escaped.html")));
        assertFalse(Files.exists(to.resolve("MZP-4")));
        IOException noManifest = assertThrows(IOException.class, () -> Publish.unzip(zip(Map.of("MZP-5/site/a.html", "a")), to, "MZP-5"));
        assertTrue(noManifest.getMessage().contains("manifest"), noManifest.getMessage());
    }

    @Test
    void theServersAnswersAreReadAsJsonAndAnythingElseIsNoAnswer() {
        assertEquals(Map.of("title", "Conflict", "detail", "A name in \"ar/index.html\"", "status", "409"),
                Publish.fields("{\"title\":\"Conflict\",\"detail\":\"A name in \\\"ar/index.html\\\"\",\"status\":409,\"list\":[1]}"));
        assertEquals(Map.of(), Publish.fields("<html><body>502 Bad Gateway</body></html>"));
        assertEquals(Map.of(), Publish.fields("[1, 2]"));
        assertEquals(Map.of(), Publish.fields(""));
    }

    private static ByteArrayInputStream zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
