package org.mizan.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.boundary.BodyLimit;
import org.mizan.reports.control.ReportVerification;

/** A report to verify ({@link ReportVerificationResource}) is a whole PDF: a periodic report with charts runs to megabytes. */
@ApplicationScoped
public class ReportVerificationLimit extends BodyLimit {

    @Inject
    ReportVerification verification;

    public ReportVerificationLimit() {
        super("/?reports/verify/?");
    }

    @Override
    public long maxBytes() {
        return verification.maxBytes();
    }
}
