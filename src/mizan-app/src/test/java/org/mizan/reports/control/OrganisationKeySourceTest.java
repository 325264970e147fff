package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signing key is made once, owner-only, the same for every node that starts at the same moment, and never printed. */
class OrganisationKeySourceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path home;

    @Test
    void madeOnceOwnerOnlyAndReadAgain() throws Exception {
        OrganisationKey first = OrganisationKeySource.resolve(null, home, "Iraqi Rights Group", NOW);
        Path file = home.resolve(OrganisationKeySource.HOME_KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        OrganisationKey again = OrganisationKeySource.resolve(null, home, "another name", NOW);
        assertEquals(first.fingerprint(), again.fingerprint());
        assertTrue(first.subject().contains("O=Iraqi Rights Group"), first.subject());
        assertTrue(first.selfSigned());
        assertFalse(first.toString().contains("PRIVATE"), "never the key: " + first);
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no candidate left behind");
        }
    }

    @Test
    void nodesStartingTogetherShareOneKey() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> starts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                starts.add(() -> OrganisationKeySource.resolve(null, home, "Org", NOW).fingerprint());
            }
            Set<String> fingerprints = new java.util.HashSet<>();
            for (Future<String> start : nodes.invokeAll(starts)) {
                fingerprints.add(start.get());
            }
            assertEquals(1, fingerprints.size(), fingerprints.toString());
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aConfiguredFileIsUsedAndAWrongOneIsNamed() throws Exception {
        Path installed = home.resolve("ca-issued.pem");
        Files.writeString(installed, OrganisationKey.generatePem("Org", NOW), StandardCharsets.US_ASCII);
        OrganisationKey key = OrganisationKeySource.resolve(installed.toString(), home, "Org", NOW);
        assertFalse(Files.exists(home.resolve(OrganisationKeySource.HOME_KEY_FILE)), "nothing made when one is configured");
        assertEquals(key.fingerprint(), OrganisationKey.parse(Files.readString(installed)).fingerprint());

        var missing = assertThrows(OrganisationKeySource.Unusable.class,
                () -> OrganisationKeySource.resolve(home.resolve("absent.pem").toString(), home, "Org", NOW));
        assertTrue(missing.getMessage().contains(OrganisationKeySource.FILE_SETTING));

        // The key of one pair with the certificate of another: refused at start, not at the first package.
        String one = OrganisationKey.generatePem("Org", NOW);
        String other = OrganisationKey.generatePem("Org", NOW);
        Path mixed = home.resolve("mixed.pem");
        Files.writeString(mixed, one.substring(0, one.indexOf("-----BEGIN CERTIFICATE")) + other.substring(other.indexOf("-----BEGIN CERTIFICATE")));
        var wrong = assertThrows(OrganisationKeySource.Unusable.class, () -> OrganisationKeySource.resolve(mixed.toString(), home, "Org", NOW));
        assertTrue(wrong.getMessage().contains("not the certificate of this key"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("MII"), "the message never repeats the key");
        Set<String> lines = Files.readAllLines(mixed).stream().collect(Collectors.toSet());
        assertTrue(lines.contains("-----BEGIN PRIVATE KEY-----"));
    }
}
