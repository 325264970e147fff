package org.mizan.contacts.entity;

/** The language a contact prefers to be spoken to in. */
public enum ContactLanguage {
    ARABIC, KURDISH_SORANI, KURDISH_BADINI, TURKMEN, SYRIAC, ENGLISH
}
