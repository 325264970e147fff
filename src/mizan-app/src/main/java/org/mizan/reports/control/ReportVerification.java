package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.entity.IssuedReport;
import org.mizan.security.entity.Actor;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Verify a report": is this file exactly a report Mizan issued? The SHA-256 of the whole file is
 * looked up in the registry; a file that is not there but names a registered report id in its metadata is a changed
 * copy of that report. Every check is audited, with the file's hash, never its content.
 */
@ApplicationScoped
public class ReportVerification {

    public static final String ACTION = "REPORT_VERIFIED";
    private static final Pattern CLAIM = Pattern.compile(Pattern.quote(ReportIssuer.KEYWORD) + "(" + ReportIds.FORM.pattern() + ")");

    /** ISSUED: Mizan produced exactly this file; CHANGED: it claims to be a Mizan report but differs; UNKNOWN: neither. */
    public enum Result { ISSUED, CHANGED, UNKNOWN }

    /** The answer: the registry entry of the report it is (ISSUED) or claims to be (CHANGED), empty for UNKNOWN. */
    public record Verdict(Result result, String sha256, Optional<IssuedReport> report) {
    }

    @Inject
    ReportRegistry registry;
    @Inject
    AuditTrail audit;
    /** The largest file to verify: a periodic report with charts runs to megabytes. */
    @Inject
    @ConfigProperty(name = "mizan.reports.verify-max-bytes", defaultValue = "67108864")
    long maxBytes;

    /** Files over this many bytes are not reports Mizan issued, and are not read. */
    public long maxBytes() {
        return maxBytes;
    }

    /** 400 naming {@code file} when it is not a PDF at all. */
    public Verdict verify(byte[] file, Actor actor) {
        if (!isPdf(file)) {
            throw new InvalidInput("file", "verify.notPdf");
        }
        String sha256 = Sha256.hex(file);
        Optional<IssuedReport> exact = registry.bySha256(sha256);
        Verdict verdict = exact.map(r -> new Verdict(Result.ISSUED, sha256, Optional.of(r)))
                .orElseGet(() -> claimed(file).flatMap(registry::byId).map(r -> new Verdict(Result.CHANGED, sha256, Optional.of(r)))
                        .orElseGet(() -> new Verdict(Result.UNKNOWN, sha256, Optional.empty())));
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION,
                verdict.report().map(r -> "report:" + r.getId()).orElse("file"),
                verdict.result() == Result.ISSUED ? Outcome.SUCCESS : Outcome.FAILURE,
                "result=" + verdict.result() + " sha256=" + sha256));
        return verdict;
    }

    /**
     * The report id the file's metadata names. The document information dictionary is written uncompressed, and an
     * editor that re-saves a file usually keeps it; a file that dropped it is simply UNKNOWN.
     */
    static Optional<String> claimed(byte[] file) {
        Matcher claim = CLAIM.matcher(new String(file, StandardCharsets.ISO_8859_1));
        return claim.find() ? Optional.of(claim.group(1)) : Optional.empty();
    }

    private static boolean isPdf(byte[] file) {
        return file.length > 5 && new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
}
