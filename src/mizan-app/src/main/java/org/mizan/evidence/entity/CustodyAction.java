package org.mizan.evidence.entity;

/** What was done with an item, for its chain of custody. */
public enum CustodyAction {
    INTAKE, VIEW, DOWNLOAD, EXPORT, REHASH, TRANSFER, VERIFICATION, DERIVATION, DUPLICATE
}
