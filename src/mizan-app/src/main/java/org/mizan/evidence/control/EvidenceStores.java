package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Chooses the evidence store: the content-addressed folder (see README for why). */
@ApplicationScoped
public class EvidenceStores {

    @Inject
    EvidenceSettings settings;

    @Produces
    @ApplicationScoped
    EvidenceStore store() {
        try {
            return new FolderEvidenceStore(settings.root());
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence folder " + settings.root() + " cannot be used", e);
        }
    }
}
