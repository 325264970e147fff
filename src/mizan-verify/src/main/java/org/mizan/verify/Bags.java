package org.mizan.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a Mizan evidence package — a BagIt bag (RFC 8493) with a signed tag manifest — with nothing but the JDK:
 * completeness (every payload file listed, every listed file present), every hash in both manifests, bag-info's
 * Payload-Oxum, and the signature over {@code tagmanifest-sha256.txt} with the certificate the bag carries. The
 * certificate's fingerprint is reported, not judged: the receiver compares it with the one the organisation publishes.
 */
public final class Bags {

    public static final String SIGNATURE = "tagmanifest-sha256.txt.sig";
    public static final String CERTIFICATE = "metadata/organisation-certificate.pem";
    static final String PAYLOAD_MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

    private Bags() {
    }

    /** Checks the zip (or unzipped folder) at {@code path}; IOException only when it cannot be read at all. */
    public static Verdict verify(Path path) throws IOException {
        return verify(path, null);
    }

    /**
     * The same, and the signer must be the certificate whose SHA-256 fingerprint is {@code expectedFingerprint} (when not
     * null): a package re-signed by anyone else's key is otherwise "signed" too.
     */
    public static Verdict verify(Path path, String expectedFingerprint) throws IOException {
        BagFiles files = BagFiles.read(path);
        List<Finding> findings = new ArrayList<>();
        for (String required : List.of("bagit.txt", PAYLOAD_MANIFEST, TAG_MANIFEST, CERTIFICATE, SIGNATURE)) {
            if (!files.sha256.containsKey(required)) {
                findings.add(new Finding(Finding.Problem.REQUIRED_FILE_MISSING, required));
            }
        }
        Map<String, String> payload = manifest(files, PAYLOAD_MANIFEST, findings);
        Map<String, String> tags = manifest(files, TAG_MANIFEST, findings);
        compare(files, payload, findings);
        compare(files, tags, findings);
        // Stricter than RFC 8493, which lets tag files go unlisted: a file slipped into a package must not pass unnoticed.
        files.sha256.keySet().stream().filter(p -> !payload.containsKey(p) && !tags.containsKey(p) && !p.equals(TAG_MANIFEST)
                && !p.equals(SIGNATURE)).forEach(p -> findings.add(new Finding(Finding.Problem.NOT_LISTED, p)));
        Map<String, String> info = bagInfo(files.kept.get("bag-info.txt"));
        checkOxum(files, info.get("Payload-Oxum"), findings);
        int tagFiles = (int) files.sha256.keySet().stream().filter(p -> !p.startsWith("data/")).count();

        X509Certificate certificate = certificate(files, findings);
        boolean signed = false;
        if (certificate != null && files.kept.containsKey(SIGNATURE) && files.kept.containsKey(TAG_MANIFEST)) {
            signed = signatureValid(certificate, files.kept.get(TAG_MANIFEST), files.kept.get(SIGNATURE));
            if (!signed) {
                findings.add(new Finding(Finding.Problem.SIGNATURE_INVALID, SIGNATURE));
            }
        }
        if (expectedFingerprint != null && !sameFingerprint(expectedFingerprint, certificate == null ? null : fingerprint(certificate))) {
            findings.add(new Finding(Finding.Problem.NOT_THE_EXPECTED_CERTIFICATE, expectedFingerprint));
        }
        return new Verdict(files.name, payload.size(), tagFiles, signed, certificate == null ? null : fingerprint(certificate),
                certificate == null ? null : certificate.getSubjectX500Principal().getName(),
                certificate != null && certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()), info,
                List.copyOf(findings));
    }

    /** The lines {@code <sha256> <path>} of a manifest, paths decoded as RFC 8493 §2.1.3 encodes them. */
    private static Map<String, String> manifest(BagFiles files, String name, List<Finding> findings) {
        Map<String, String> listed = new LinkedHashMap<>();
        byte[] bytes = files.kept.get(name);
        if (bytes == null) {
            return listed;
        }
        int number = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.replace("\r", "").split("[ \t]+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                findings.add(new Finding(Finding.Problem.BAD_LINE, name + ":" + number));
                continue;
            }
            listed.put(decode(parts[1]), parts[0].toLowerCase(java.util.Locale.ROOT));
        }
        return listed;
    }

    private static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n").replace("%25", "%");
    }

    private static void compare(BagFiles files, Map<String, String> listed, List<Finding> findings) {
        listed.forEach((path, sha) -> {
            String actual = files.sha256.get(path);
            if (actual == null) {
                findings.add(new Finding(Finding.Problem.MISSING, path));
            } else if (!actual.equals(sha)) {
                findings.add(new Finding(Finding.Problem.CHANGED, path));
            }
        });
    }

    private static Map<String, String> bagInfo(byte[] bytes) {
        Map<String, String> info = new LinkedHashMap<>();
        if (bytes == null) {
            return info;
        }
        String label = null;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && label != null) {
                info.merge(label, " " + line.strip(), String::concat); // a continued value (RFC 8493 §2.2.2)
            } else if (line.contains(":")) {
                label = line.substring(0, line.indexOf(':')).strip();
                info.put(label, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return info;
    }

    private static void checkOxum(BagFiles files, String oxum, List<Finding> findings) {
        if (oxum == null) {
            return;
        }
        long octets = 0;
        long count = 0;
        for (var entry : files.sizes.entrySet()) {
            if (entry.getKey().startsWith("data/")) {
                octets += entry.getValue();
                count++;
            }
        }
        if (!oxum.equals(octets + "." + count)) {
            findings.add(new Finding(Finding.Problem.PAYLOAD_OXUM, "bag-info.txt"));
        }
    }

    private static X509Certificate certificate(BagFiles files, List<Finding> findings) {
        byte[] pem = files.kept.get(CERTIFICATE);
        if (pem == null) {
            return null;
        }
        try {
            // the first certificate is the signing key's own; any after it are its issuers'
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        } catch (GeneralSecurityException | RuntimeException e) {
            findings.add(new Finding(Finding.Problem.CERTIFICATE_UNREADABLE, CERTIFICATE));
            return null;
        }
    }

    private static boolean signatureValid(X509Certificate certificate, byte[] tagManifest, byte[] signature) {
        String algorithm = certificate.getPublicKey().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(tagManifest);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return false;
        }
    }

    /** SHA-256 of the certificate's DER bytes, upper-case hex pairs joined by colons. */
    /** Fingerprints compare as hex digits, whatever the colons and case (openssl prints AB:CD:…, sha256sum abcd…). */
    static boolean sameFingerprint(String expected, String actual) {
        return actual != null && normalised(expected).equals(normalised(actual));
    }

    private static String normalised(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(BagFiles.sha256().digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a parsed certificate encodes again", e);
        }
    }
}
