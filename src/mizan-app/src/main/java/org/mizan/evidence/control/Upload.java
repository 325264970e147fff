package org.mizan.evidence.control;

import org.mizan.evidence.entity.Provenance;

/**
 * What an investigator says about a file being uploaded: its name and type as declared, its
 * provenance, and for a derived copy (a redacted image, a transcoded clip) the original and how it
 * was derived.
 */
public record Upload(String declaredName, String declaredType, Provenance provenance, Long derivedFrom, String derivation) {
}
