package org.mizan.verify;

/**
 * One thing wrong with a package or a report, naming the file (or the bytes) it is about: what the report prints, one line each.
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
        PAYLOAD_OXUM,
        /** A report: the PDF carries no signature (no /ByteRange and /Contents). */
        SIGNATURE_MISSING,
        /** A report: the signature cannot be read as a CMS SignedData with its certificate. */
        SIGNATURE_UNREADABLE,
        /** A report: the signature does not verify over its byte range — a signed byte was changed (or the signature was). */
        SIGNED_BYTES_CHANGED,
        /** A report: bytes follow the signed range — something was added after signing. */
        ADDED_AFTER_SIGNING,
        /** The signing certificate is not the one {@code --fingerprint} names. */
        NOT_THE_EXPECTED_CERTIFICATE,
        /** A report: no embedded manifest. */
        MANIFEST_MISSING,
        /** A report: the embedded manifest lacks its fields. */
        MANIFEST_UNREADABLE,
        /** A report: the pages (the bytes before the manifest and signature) are not those whose SHA-256 the manifest gives. */
        PAGES_CHANGED,
        /** A report: the manifest names another report id than the file's own metadata. */
        MANIFEST_OTHER_REPORT,
        /** A report: the manifest names another certificate than the one that signed. */
        MANIFEST_OTHER_CERTIFICATE
    }
}
