package org.mizan.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.boundary.BodyLimit;
import org.mizan.reports.control.PackageVerification;

/** A package to verify ({@link PackageVerificationResource}) holds the evidence itself: gigabytes, streamed to disk. */
@ApplicationScoped
public class PackageVerificationLimit extends BodyLimit {

    @Inject
    PackageVerification verification;

    public PackageVerificationLimit() {
        super("/?evidence-packages/verify/?");
    }

    @Override
    public long maxBytes() {
        return verification.maxBytes();
    }
}
