package org.mizan.reports.control;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.verify.Bags;
import org.mizan.verify.Verdict;
import org.mizan.verify.VerifyPackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline verifier (mizan-verify) on a package made by the server's own writer, whole and then with one thing changed at
 * a time: a byte of an item, a line of the manifest, the custody JSON, the signature. Each change is named in the report, and
 * the exit code says so.
 */
class PackageRoundTripTest {

    private static final String ROOT = "MZN-2020-0001-evidence-20261207T120000Z";
    private static OrganisationKey key;

    @TempDir
    Path folder;

    @BeforeAll
    static void key() {
        key = OrganisationKey.parse(OrganisationKey.generatePem("Test Organisation", Instant.parse("2026-12-07T12:00:00Z")));
    }

    private Path pack() throws IOException {
        Path zip = folder.resolve("package.zip");
        try (OutputStream out = Files.newOutputStream(zip); BagWriter bag = new BagWriter(out, ROOT)) {
            bag.payload("items/1-photo.jpg", new ByteArrayInputStream(bytes("a photograph")), null);
            bag.payload("items/2-testimony.pdf", new ByteArrayInputStream(bytes("a testimony")), null);
            bag.tag("metadata/items/1.json", bytes("{\"custody\":[{\"action\":\"INTAKE\"}]}"));
            bag.tag("metadata/items/2.json", bytes("{\"custody\":[{\"action\":\"INTAKE\"}]}"));
            Map<String, String> info = new LinkedHashMap<>();
            info.put("Source-Organization", "Test Organisation");
            info.put("Mizan-Recipient", "Federal Prosecutor");
            bag.finish(info, key);
        }
        return zip;
    }

    @Test
    void aPackageAsMadeIsIntact() throws IOException {
        Verdict verdict = Bags.verify(pack());
        assertTrue(verdict.intact(), verdict.findings().toString());
        assertEquals(2, verdict.payloadFiles());
        assertEquals(key.fingerprint(), verdict.fingerprint());
        Run run = run(pack());
        assertEquals(VerifyPackage.INTACT, run.code);
        assertTrue(run.output.contains("RESULT: INTACT"), run.output);
        assertTrue(run.output.contains("النتيجة: سليمة"), run.output);
        assertTrue(run.output.contains(key.fingerprint()), run.output);
    }

    @Test
    void theSignerIsCheckedAgainstTheFingerprintTheReceiverWasGiven() throws IOException {
        Path zip = pack();
        // As openssl prints it (colons, lower case) or sha256sum does: the same fingerprint.
        String asOpensslPrintsIt = key.fingerprint().toLowerCase(java.util.Locale.ROOT).replaceAll("(..)(?!$)", "$1:");
        assertTrue(Bags.verify(zip, asOpensslPrintsIt).intact(), "the organisation's own fingerprint");
        String another = (key.fingerprint().charAt(0) == 'A' ? "B" : "A") + key.fingerprint().substring(1);
        Verdict verdict = Bags.verify(zip, another);
        assertFalse(verdict.intact(), "signed, but by another certificate than the one expected");
        assertEquals(List.of(new org.mizan.verify.Finding(org.mizan.verify.Finding.Problem.NOT_THE_EXPECTED_CERTIFICATE, another)),
                verdict.findings());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyPackage.run(new String[]{"--fingerprint", another, zip.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(VerifyPackage.NOT_INTACT, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("NOT THE EXPECTED CERTIFICATE"), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aChangedByteOfAnItemIsNamed() throws IOException {
        Path changed = rewrite(pack(), "data/items/1-photo.jpg", bytes -> flip(bytes, 3));
        assertNamed(changed, "CHANGED: data/items/1-photo.jpg");
        assertTrue(run(changed).output.contains("مُعدَّل: data/items/1-photo.jpg"));
        assertTrue(run(changed).output.contains("گۆڕدراوە: data/items/1-photo.jpg"), "and in Kurdish");
    }

    @Test
    void aChangedManifestLineIsNamed() throws IOException {
        Path changed = rewrite(pack(), "manifest-sha256.txt", bytes -> {
            byte[] line = bytes.clone();
            line[0] = (byte) (line[0] == 'a' ? 'b' : 'a'); // another hash, still a well-formed line
            return line;
        });
        Run run = assertNamed(changed, "CHANGED: manifest-sha256.txt");
        assertTrue(run.output.contains("CHANGED: data/items/"), run.output);
    }

    @Test
    void aChangedCustodyHistoryIsNamed() throws IOException {
        Path changed = rewrite(pack(), "metadata/items/2.json",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("INTAKE", "VIEW").getBytes(StandardCharsets.UTF_8));
        assertNamed(changed, "CHANGED: metadata/items/2.json");
    }

    @Test
    void aChangedSignatureIsNamed() throws IOException {
        Path changed = rewrite(pack(), BagWriter.SIGNATURE, bytes -> flip(bytes, bytes.length - 2));
        Run run = assertNamed(changed, "SIGNATURE NOT VALID: " + BagWriter.SIGNATURE);
        assertFalse(Bags.verify(changed).signatureValid());
        assertTrue(run.output.contains("التوقيع غير صحيح"), run.output);
    }

    @Test
    void aMissingItemAndAnAddedFileAreNamed() throws IOException {
        Path changed = rewrite(pack(), "data/items/1-photo.jpg", null);
        assertNamed(changed, "MISSING: data/items/1-photo.jpg");
        Path added = add(pack(), "data/items/3-extra.txt", bytes("slipped in"));
        assertNamed(added, "NOT LISTED: data/items/3-extra.txt");
    }

    @Test
    void anUnzippedBagIsCheckedAlike(@TempDir Path out) throws IOException {
        Path zip = pack();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = out.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        assertTrue(Bags.verify(out.resolve(ROOT)).intact());
    }

    private Run assertNamed(Path zip, String named) {
        Run run = run(zip);
        assertEquals(VerifyPackage.NOT_INTACT, run.code, run.output);
        assertTrue(run.output.contains(named), run.output);
        assertTrue(run.output.contains("RESULT: NOT INTACT"), run.output);
        return run;
    }

    private record Run(int code, String output) {
    }

    private static Run run(Path zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyPackage.run(new String[]{zip.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    /** A copy of the zip with one entry changed ({@code change} null: left out). */
    private Path rewrite(Path zip, String entryInBag, UnaryOperator<byte[]> change) throws IOException {
        return copy(zip, entryInBag, change, null, null);
    }

    private Path add(Path zip, String entryInBag, byte[] bytes) throws IOException {
        return copy(zip, null, null, entryInBag, bytes);
    }

    private Path copy(Path zip, String changed, UnaryOperator<byte[]> change, String added, byte[] addedBytes) throws IOException {
        Path copy = folder.resolve("changed-" + System.nanoTime() + ".zip");
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(ROOT + "/" + changed)) {
                    if (change == null) {
                        continue;
                    }
                    bytes = change.apply(bytes);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (added != null) {
                out.putNextEntry(new ZipEntry(ROOT + "/" + added));
                out.write(addedBytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] changed = bytes.clone();
        changed[at] = (byte) (changed[at] == '0' ? '1' : changed[at] ^ 0x01);
        return changed;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
