package org.mizan.contacts.entity;

/** The three separate consents (docs/domain.md, Family contacts and consent). */
public enum ConsentKind {
    TO_BE_CONTACTED, UN_SUBMISSION, PUBLIC_NAMING
}
