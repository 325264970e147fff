package org.mizan.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.reports.control.OrganisationKey;
import org.mizan.reports.control.OrganisationSigning;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The organisation signing key as the administration page shows it: whose it is and its fingerprint, never the key. */
@Named
@RequestScoped
public class SigningKeyView {

    @Inject
    OrganisationSigning signing;

    private OrganisationKey key() {
        return signing.key();
    }

    public String getSubject() {
        return key().subject();
    }

    public String getFingerprint() {
        return key().fingerprint();
    }

    public String getValidUntil() {
        return LocalDate.ofInstant(key().certificate().getNotAfter().toInstant(), ZoneOffset.UTC).toString();
    }

    public boolean isSelfSigned() {
        return key().selfSigned();
    }
}
