package org.mizan.cases.control;

import java.util.Set;

/**
 * One name of a chain, as {@link PhoneticKey} folded it.
 *
 * @param key      the phonetic key, as in {@link ArabicNames#latinKey}
 * @param readings the key plus the keys it would have if each single Latin vowel were a long one (Karim may be
 *                 كريم), a Latin d were ض (Fadil, فاضل), or a fused article were dropped (Almusawi);
 *                 only the key itself when the spelling is not ambiguous
 * @param family   whether it carried the article (al-Zubaidi, الزبيدي), which marks the family or tribe
 */
record NameToken(String key, Set<String> readings, boolean family) {

    NameToken {
        readings = Set.copyOf(readings);
    }

    /** The same token, which may also be read as {@code other} (Almusawi as Musawi). */
    NameToken alsoRead(NameToken other) {
        java.util.Set<String> all = new java.util.HashSet<>(readings);
        all.addAll(other.readings);
        return new NameToken(key, all, family);
    }

    /** Whether the two could be spellings of the same name, once ambiguous vowels are read as long. */
    boolean sharesReadingWith(NameToken other) {
        return readings.stream().anyMatch(other.readings::contains);
    }
}
