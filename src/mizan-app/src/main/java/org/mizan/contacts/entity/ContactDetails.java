package org.mizan.contacts.entity;

import java.util.List;

/**
 * What must never leak about a contact, in clear: it exists only in memory, on its way to or from
 * the cipher. {@link #toString()} says nothing, so a stray log line cannot carry it.
 */
public record ContactDetails(String name, List<String> phones, List<String> messengers, String address,
                             String protectiveMeasures, String notes) {

    public ContactDetails {
        phones = phones == null ? List.of() : List.copyOf(phones);
        messengers = messengers == null ? List.of() : List.copyOf(messengers);
    }

    @Override
    public String toString() {
        return "ContactDetails[withheld]";
    }
}
