package org.mizan.reports.control;

import org.mizan.platform.control.Sha256;
import org.mizan.verify.Bags;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zipped BagIt bag (RFC 8493, version 1.0) as it goes, in constant memory: payload files streamed and hashed on
 * the way, then the tag files, the payload manifest, the tag manifest, and a detached signature over the tag manifest —
 * {@code tagmanifest-sha256.txt.sig}, left out of the tag manifest it signs. Everything sits in one top-level folder (RFC
 * 8493 §4.2), so that {@code unzip} gives the bag. The hash of the whole zip, as written, is {@link #packageSha256()}.
 *
 * <p>Written by hand rather than with the Library of Congress {@code bagit} library, which is not in Maven Central's
 * current releases for this build; a bag is four plain text formats (see docs and {@code mizan-verify}).
 */
public final class BagWriter implements AutoCloseable {

    /** The names the verifier looks for: one definition, the verifier's. */
    public static final String SIGNATURE = Bags.SIGNATURE;
    public static final String CERTIFICATE = Bags.CERTIFICATE;

    private final MessageDigest whole = Sha256.digest();
    private final ZipOutputStream zip;
    private final String root;
    private final Map<String, String> payload = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private long octets;
    private String packageSha256;

    public BagWriter(OutputStream out, String root) {
        this.root = root + "/";
        // Closing the bag ends the zip's deflater (native memory) but leaves the response open for whoever owns it.
        DigestOutputStream hashing = new DigestOutputStream(out, whole) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        this.zip = new ZipOutputStream(hashing, StandardCharsets.UTF_8);
    }

    /**
     * Streams a payload file to {@code data/<path>}; when {@code expectedSha256} is given, bytes that hash otherwise stop the
     * package (an IOException: the receiver gets a broken zip, never a bag that lies about what it holds).
     */
    public void payload(String path, InputStream bytes, String expectedSha256) throws IOException {
        String name = "data/" + path;
        zip.setLevel(Deflater.NO_COMPRESSION); // photographs and videos do not shrink; storing them costs no CPU
        zip.putNextEntry(new ZipEntry(root + name));
        MessageDigest digest = Sha256.digest();
        long copied;
        try (InputStream in = bytes) {
            copied = copy(in, new DigestOutputStream(zip, digest)); // never closed: the zip closes the entry
        }
        zip.closeEntry();
        String sha = Sha256.hex(digest);
        if (expectedSha256 != null && !expectedSha256.strip().equals(sha)) {
            throw new IOException("the stored bytes of " + path + " no longer match their SHA-256 recorded at intake");
        }
        payload.put(name, sha);
        octets += copied;
    }

    /** A tag file (anything outside {@code data/}), listed in the tag manifest. */
    public void tag(String path, byte[] bytes) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(root + path));
        zip.write(bytes);
        zip.closeEntry();
        tags.put(path, Sha256.hex(bytes));
    }

    /**
     * Ends the bag: {@code bag-info.txt} from {@code info} (with the payload's octets and count added), {@code bagit.txt}, the
     * manifests, the certificate and the signature over the tag manifest. Returns the tag manifest's SHA-256.
     */
    public String finish(Map<String, String> info, OrganisationKey key) throws IOException {
        tag(CERTIFICATE, key.certificatePem().getBytes(StandardCharsets.US_ASCII));
        StringBuilder bagInfo = new StringBuilder();
        info.forEach((label, value) -> bagInfo.append(label).append(": ").append(oneLine(value)).append('\n'));
        bagInfo.append("Payload-Oxum: ").append(octets).append('.').append(payload.size()).append('\n');
        tag("bag-info.txt", bagInfo.toString().getBytes(StandardCharsets.UTF_8));
        tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
        tag("manifest-sha256.txt", manifest(payload));
        byte[] tagManifest = manifest(tags);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(root + "tagmanifest-sha256.txt"));
        zip.write(tagManifest);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(root + SIGNATURE));
        zip.write(key.sign(tagManifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        packageSha256 = Sha256.hex(whole);
        return Sha256.hex(tagManifest);
    }

    /** The SHA-256 of the zip as written, once {@link #finish} has run. */
    public String packageSha256() {
        return packageSha256;
    }

    /** Lines {@code <sha256>  <path>} (two spaces: what {@code sha256sum -c} reads), paths percent-encoded as RFC 8493 §2.1.3 asks. */
    private static byte[] manifest(Map<String, String> files) {
        StringBuilder text = new StringBuilder();
        files.forEach((path, sha) -> text.append(sha).append("  ").append(encode(path)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A bag-info value on one line: labels and values are line-based (RFC 8493 §2.2.2). */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    /** Ends the zip (finished or not); the stream it was written to stays open. */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
