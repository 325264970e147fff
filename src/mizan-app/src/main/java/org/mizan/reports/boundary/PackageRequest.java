package org.mizan.reports.boundary;

import java.util.List;

/**
 * The body of {@code POST /api/cases/{reference}/evidence-packages}: the items' ids, the audience the case summary is
 * redacted for, why the package is made and for whom. {@link #toString()} leaves out the purpose and the recipient, which
 * may name people.
 */
public record PackageRequest(List<Long> items, String audience, String purpose, String recipient) {

    @Override
    public String toString() {
        return "PackageRequest[items=" + items + ", audience=" + audience + "]";
    }
}
