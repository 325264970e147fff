package org.mizan.reports.control;

import java.time.Instant;

/** A report as issued: its id (printed on its manifest page), when, the SHA-256 of the file, and the file. */
public record IssuedPdf(String reportId, Instant issuedAt, String sha256, byte[] pdf) {
}
