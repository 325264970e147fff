package org.mizan.demo.control;

import java.util.Arrays;
import java.util.List;

/** A phrase of the synthetic data in Arabic and in English. */
record Bilingual(String arabic, String english) {

    String in(boolean arabicText) {
        return arabicText ? arabic : english;
    }

    /** Lines of {@code arabic = english}; blank lines are skipped. */
    static List<Bilingual> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).map(Bilingual::parse).toList();
    }

    private static Bilingual parse(String line) {
        int separator = line.indexOf(" = ");
        if (separator < 0) {
            throw new IllegalArgumentException("not 'arabic = english': " + line);
        }
        return new Bilingual(line.substring(0, separator).strip(), line.substring(separator + 3).strip());
    }
}
