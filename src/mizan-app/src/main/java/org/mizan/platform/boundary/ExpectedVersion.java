package org.mizan.platform.boundary;

import org.mizan.platform.control.InvalidInput;

/** The version a REST client read, for optimistic locking: If-Match (the ETag) wins over the body's {@code version}; one is required. */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static long of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
            } catch (NumberFormatException e) {
                throw new InvalidInput("If-Match", "case.version.invalid");
            }
        }
        if (bodyVersion == null) {
            throw new InvalidInput("version", "case.version.required");
        }
        return bodyVersion;
    }
}
