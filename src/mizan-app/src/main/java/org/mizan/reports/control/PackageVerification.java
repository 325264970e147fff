package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.control.DataFolder;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.entity.Actor;
import org.mizan.verify.Bags;
import org.mizan.verify.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Checks an uploaded evidence package with the offline verifier's own code, so that Mizan and {@code mizan-verify.jar}
 * never disagree, and says whether it was signed with this organisation's current key. The upload is kept only while it is
 * checked, owner-only under {@code MIZAN_HOME/verify} (never the system's temporary folder: it holds evidence).
 */
@ApplicationScoped
public class PackageVerification {

    public static final String ACTION = "PACKAGE_VERIFY";

    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;
    @Inject
    @ConfigProperty(name = "mizan.packages.verify.max-bytes", defaultValue = "8589934592")
    long maxBytes;
    @Inject
    OrganisationSigning signing;
    @Inject
    AuditTrail audit;

    /** The verifier's verdict, and whether the certificate is this organisation's current one. */
    public record Checked(Verdict verdict, boolean ours) {
    }

    /** Bodies over this are refused with 413 before they are stored: 8 GiB unless {@code MIZAN_PACKAGES_VERIFY_MAX_BYTES}. */
    public long maxBytes() {
        return maxBytes;
    }

    public Checked verify(InputStream body, Actor actor) throws IOException {
        Path folder = Files.createDirectories(DataFolder.of(home).resolve("verify"));
        Path file = Files.createTempFile(folder, "package-", ".zip",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            long size = Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw new InvalidInput("file", "validation.required");
            }
            Verdict verdict;
            try {
                verdict = Bags.verify(file);
            } catch (IOException | RuntimeException notAZip) {
                throw new InvalidInput("file", "package.notAPackage");
            }
            boolean ours = signing.key().fingerprint().equals(verdict.fingerprint());
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, target(verdict),
                    Outcome.SUCCESS, (verdict.intact() ? "intact" : verdict.findings().size() + " findings") + (ours ? ", our key" : ", another key")));
            return new Checked(verdict, ours);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * "package:" and the case the package names, when it names one as Mizan writes references, else just "package" —
     * never "case:", since the uploader need not see that case. The bag-info is the uploader's text: copied as it is, a
     * long or odd value would fail the audit row, or pass for another target.
     */
    private static String target(Verdict verdict) {
        String named = verdict.bagInfo().getOrDefault("Mizan-Case", "");
        return CASE_REFERENCE.matcher(named).matches() ? "package:" + named : "package";
    }

    private static final java.util.regex.Pattern CASE_REFERENCE = java.util.regex.Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{1,8}");
}
