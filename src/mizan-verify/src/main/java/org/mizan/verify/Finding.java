package org.mizan.verify;

/**
 * One thing wrong with a package, naming the file it is about: what the report prints, one line each.
 *
 * @param problem what is wrong
 * @param path    the file within the bag (or the manifest line) it is about
 */
public record Finding(Problem problem, String path) {

    /** What can be wrong with a bag; each has a sentence in English and Arabic (messages*.properties). */
    public enum Problem {
        /** The bytes of a listed file do not have the SHA-256 its manifest gives. */
        CHANGED,
        /** A manifest lists a file the package does not hold. */
        MISSING,
        /** A payload file (under data/) that no manifest line lists. */
        NOT_LISTED,
        /** A manifest line that is not "sha256  path". */
        BAD_LINE,
        /** A file a bag must have: bagit.txt, the manifests, the certificate, the signature. */
        REQUIRED_FILE_MISSING,
        /** The signature does not verify against the tag manifest with the certificate's key. */
        SIGNATURE_INVALID,
        /** The certificate cannot be read. */
        CERTIFICATE_UNREADABLE,
        /** bag-info.txt's Payload-Oxum (octets.files) disagrees with the payload. */
        PAYLOAD_OXUM
    }
}
