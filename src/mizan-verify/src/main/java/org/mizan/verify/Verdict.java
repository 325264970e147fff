package org.mizan.verify;

import java.util.List;
import java.util.Map;

/**
 * What checking a package found: intact only with no finding at all. {@code fingerprint} is the SHA-256 of the signing
 * certificate (AB:CD:…, as openssl prints it) for the receiver to compare with what the organisation publishes; null when
 * there was no readable certificate.
 */
public record Verdict(String bag, int payloadFiles, int tagFiles, boolean signatureValid, String fingerprint, String subject,
                      boolean selfSigned, Map<String, String> bagInfo, List<Finding> findings) {

    public boolean intact() {
        return findings.isEmpty() && signatureValid;
    }
}
