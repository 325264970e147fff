package org.mizan.reports.boundary;

import org.mizan.reports.control.CaseExport;

import java.io.ByteArrayOutputStream;

/** The case summary of an evidence package: the case in the JSON of the case export, as the package's audience may see it. */
final class PackageSummary {

    private PackageSummary() {
    }

    static byte[] of(CaseExport.Row row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonCases json = new JsonCases(out, row.redacted().audience());
        json.row(row);
        json.finish();
        return out.toByteArray();
    }
}
