package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

/**
 * Starts a dry run or an import in the background, for the page and the REST API alike: the reader and actor are
 * taken by the caller in its request (the job's thread has no signed-in user), the mapping is checked against the
 * file first so a mapping no row could be imported with is refused at once, and an import deletes its upload once
 * its batch is in.
 */
@ApplicationScoped
public class ImportStarts {

    @Inject
    Imports imports;
    @Inject
    ImportJobs jobs;

    public ImportJobs.Status dryRun(String uploadId, TableOptions options, ColumnMapping mapping, CaseReader reader) {
        reader.requireEditor();
        imports.check(uploadId, options, mapping, reader.username());
        return jobs.submit(reader.username(), true,
                progress -> imports.dryRun(uploadId, options, mapping, reader, reader.username(), progress));
    }

    public ImportJobs.Status importFile(String uploadId, TableOptions options, ColumnMapping mapping, CaseReader reader,
                                        Actor actor) {
        reader.requireEditor();
        imports.check(uploadId, options, mapping, reader.username());
        return jobs.submit(reader.username(), false, progress -> {
            ImportReport report = imports.run(uploadId, options, mapping, actor, reader, progress);
            imports.imported(uploadId);
            return report;
        });
    }
}
