package org.mizan.verify;

import java.util.List;
import java.util.Map;

/**
 * What checking a report found: intact only when its signature is valid and nothing else is wrong. {@code manifest} holds the
 * embedded manifest's fields (empty when there was none); {@code fingerprint} is null when no certificate could be read.
 */
public record ReportVerdict(String file, Map<String, String> manifest, boolean signatureValid, String signedAt, String fingerprint,
                            String subject, boolean selfSigned, List<Finding> findings) {

    public boolean intact() {
        return findings.isEmpty() && signatureValid;
    }
}
