package org.mizan.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.mizan.platform.boundary.BodyLimit;

/** An upload ({@link CaseEvidenceResource}) is streamed to disk by the evidence store, which enforces mizan.evidence.max-bytes. */
@ApplicationScoped
public class EvidenceUploadLimit extends BodyLimit.Streamed {

    public EvidenceUploadLimit() {
        super("/?cases/[^/]+/evidence/?");
    }
}
