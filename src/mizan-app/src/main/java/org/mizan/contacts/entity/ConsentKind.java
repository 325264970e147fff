package org.mizan.contacts.entity;

/** The three separate consents (DOMAIN §5). */
public enum ConsentKind {
    TO_BE_CONTACTED, UN_SUBMISSION, PUBLIC_NAMING
}
