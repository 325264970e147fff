package org.mizan.reports.boundary;

import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;

import java.io.IOException;
import java.io.OutputStream;

/** An export file: the cases are written into it one by one, then it is closed off (a CSV flushed, a JSON array ended). */
interface CaseFile extends CaseExport.Sink {

    void finish() throws IOException;

    /** How a file of one format is begun on the response, for an audience. */
    @FunctionalInterface
    interface Format {
        CaseFile begin(OutputStream out, Audience audience) throws IOException;
    }
}
