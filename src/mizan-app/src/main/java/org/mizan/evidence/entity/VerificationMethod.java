package org.mizan.evidence.entity;

/** How an item was judged. */
public enum VerificationMethod {
    SOURCE_CORROBORATION, GEOLOCATION, CHRONOLOCATION, METADATA_CHECK, WITNESS_CONFIRMATION
}
