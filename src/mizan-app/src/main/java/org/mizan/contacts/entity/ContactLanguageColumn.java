package org.mizan.contacts.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A contact's language stored as its code, as the API shows it (V24 turned the stored constant names into codes). */
@Converter
public class ContactLanguageColumn implements AttributeConverter<ContactLanguage, String> {

    @Override
    public String convertToDatabaseColumn(ContactLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public ContactLanguage convertToEntityAttribute(String code) {
        return code == null ? null : ContactLanguage.of(code)
                .orElseThrow(() -> new IllegalStateException("family_contact.language holds no language code: " + code));
    }
}
