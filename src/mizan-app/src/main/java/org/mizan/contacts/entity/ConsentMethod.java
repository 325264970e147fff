package org.mizan.contacts.entity;

/** How a consent decision was expressed. */
public enum ConsentMethod {
    VERBAL, WRITTEN
}
