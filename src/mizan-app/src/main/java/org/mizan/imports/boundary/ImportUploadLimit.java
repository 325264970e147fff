package org.mizan.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.mizan.platform.boundary.BodyLimit;

/** A file to import ({@link ImportResource}) is streamed to disk by the import, which enforces mizan.imports.max-bytes. */
@ApplicationScoped
public class ImportUploadLimit extends BodyLimit.Streamed {

    public ImportUploadLimit() {
        super("/?imports/uploads/?");
    }
}
