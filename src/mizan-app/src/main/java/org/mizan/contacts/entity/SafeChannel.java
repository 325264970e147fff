package org.mizan.contacts.entity;

/** How a contact may be reached safely; also the channel of a logged conversation. */
public enum SafeChannel {
    IN_PERSON, PHONE_CALL, SMS, WHATSAPP, SIGNAL, TELEGRAM, EMAIL, INTERMEDIARY
}
