package org.mizan.contacts.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a contact prefers to be spoken to in, by its BCP 47 tag: the same codes as the interface's languages
 * ({@code en}, {@code ar}, {@code ckb}) and, for the other languages of Iraq's families, Northern Kurdish ({@code kmr},
 * the Badini of Duhok), Syriac ({@code syr}) and Iraqi Turkmen as {@code tr-IQ}. Iraqi Turkmen has no ISO 639 code of
 * its own; a language tag names a regional variety by its nearest coded language and a region, and Turkish is the
 * written standard its speakers read and the language an interpreter for them is found under. The constants keep their
 * old names, which older clients still send (docs/api.md).
 */
public enum ContactLanguage {
    ARABIC("ar"), KURDISH_SORANI("ckb"), KURDISH_BADINI("kmr"), TURKMEN("tr-IQ"), SYRIAC("syr"), ENGLISH("en");

    private final String code;

    ContactLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language a code names (tags compare without regard to case), or an old client's constant name. */
    public static Optional<ContactLanguage> of(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String given = codeOrName.strip();
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(given) || l.name().equals(given.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
