package org.mizan.cases.control;

import java.util.List;

/**
 * A person's name read as an Iraqi name chain: given name, father, grandfather, and the family or
 * tribe (laqab) at the end. Comparing two chains position by position is what keeps a father and
 * his son apart: they share most of their names, but never in the same places (see docs/domain.md, Names).
 *
 * <p>The family name is the last token when it carried the article (al-Zubaidi, الزبيدي), or when
 * the chain has four or more names; otherwise every token after the given name is an ancestor.
 */
public final class NameChain {

    /** From this {@link #similarity} on, two names are worth showing to a person as possible duplicates. */
    public static final double DUPLICATE_THRESHOLD = 0.75;

    /*
     * The given name identifies the person, the father's name tells apart the many people sharing a
     * given name, the grandfather less so; the family name narrows things down but is shared by
     * thousands.
     */
    private static final double GIVEN = 0.35;
    private static final double FATHER = 0.30;
    private static final double GRANDFATHER = 0.15;
    private static final double FAMILY = 0.20;
    /** A name recorded on one side only neither confirms nor contradicts; it earns a quarter. */
    private static final double MISSING = 0.25;
    /**
     * The father's and grandfather's names missing from a chain that is only given name and family: that is how
     * people are named in the press and by their neighbours, so the names were left out, not unknown.
     */
    private static final double ANCESTOR_LEFT_OUT = 0.5;
    /**
     * One name, once an ambiguous Latin spelling is read as the other script writes it (Karim as كريم, Fadil as فاضل):
     * nearly as good as equal keys, so that a chain read this way still outweighs a name left out.
     */
    private static final double OTHER_READING = 0.98;
    /** Token similarity (by edit distance) at or below which two names count as different. */
    private static final double DIFFERENT = 0.6;

    private final List<NameToken> tokens;
    private final NameToken family;
    private final List<NameToken> ancestors;

    private NameChain(List<NameToken> tokens) {
        this(tokens, false);
    }

    private NameChain(List<NameToken> tokens, boolean lastIsFamily) {
        this.tokens = List.copyOf(tokens);
        int size = this.tokens.size();
        boolean hasFamily = size >= 2 && (lastIsFamily || this.tokens.get(size - 1).family() || size >= 4);
        this.family = hasFamily ? this.tokens.get(size - 1) : null;
        this.ancestors = size < 2 ? List.of() : this.tokens.subList(1, hasFamily ? size - 1 : size);
    }

    /** The chain of a name written in Arabic or Latin script; empty for {@code null} or blank. */
    public static NameChain of(String name) {
        return new NameChain(NameTokens.of(name));
    }

    /** The phonetic keys of the names, in order (see {@link ArabicNames#latinKey}). */
    public List<String> keys() {
        return tokens.stream().map(NameToken::key).toList();
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /**
     * How likely the two names are to be the same person's, from 0 to 1.
     *
     * <p>Each position (given name, father, grandfather, family) is weighted, and a position counts
     * only as far as every earlier position agreed: its credit is the smallest similarity met so far.
     * So a shifted chain, a father against his son, scores nearly nothing however many names the two
     * share, and brothers (different given names) score nothing either. A position known on one side
     * only earns a small part of its weight (half of it when that side is just given name and family, the public
     * name); a position known on neither side does not count at all,
     * so "Ali Hassan" against "Ali Hassan" is 1. Names are compared by their phonetic keys, forgiving a
     * long vowel left unwritten in Latin, and by edit distance, which is turned into a credit that is 0
     * at {@value #DIFFERENT} (Ali/Alaa, Hassan/Hussein stay apart) and rises to 1 for equal keys. A short chain whose
     * last name lacks the article is also read with that name as the family name when the other marks its own.
     */
    public double similarity(NameChain other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        double best = aligned(other);
        if (other.family != null && lastMayBeFamily()) {
            best = Math.max(best, new NameChain(tokens, true).aligned(other));
        }
        if (family != null && other.lastMayBeFamily()) {
            best = Math.max(best, aligned(new NameChain(other.tokens, true)));
        }
        return best;
    }

    /**
     * A short chain's last name, written without the article ("Sajjad Musawi", "عمر فاضل جبوري"), may be the family
     * name as well as an ancestor's; it is read as one when the other chain marks its family name.
     */
    private boolean lastMayBeFamily() {
        return family == null && tokens.size() >= 2 && tokens.size() <= 3;
    }

    /** Whether this chain names only the given name and the family, as people are publicly known (Hisham al-Hashimi). */
    private boolean givenAndFamilyOnly() {
        return family != null && ancestors.isEmpty();
    }

    private double aligned(NameChain other) {
        double score = 0;
        double weights = 0;
        double weakestSoFar = 1;
        NameToken[] mine = {tokens.get(0), ancestor(0), ancestor(1), family};
        NameToken[] theirs = {other.tokens.get(0), other.ancestor(0), other.ancestor(1), other.family};
        double[] weight = {GIVEN, FATHER, GRANDFATHER, FAMILY};
        for (int position = 0; position < weight.length; position++) {
            if (mine[position] == null && theirs[position] == null) {
                continue;
            }
            weights += weight[position];
            if (mine[position] == null || theirs[position] == null) {
                boolean ancestor = position == 1 || position == 2;
                boolean publicName = mine[position] == null ? givenAndFamilyOnly() : other.givenAndFamilyOnly();
                score += weight[position] * (ancestor && publicName ? ANCESTOR_LEFT_OUT : MISSING) * weakestSoFar;
            } else {
                weakestSoFar = Math.min(weakestSoFar, credit(mine[position], theirs[position]));
                score += weight[position] * weakestSoFar;
            }
        }
        return score / weights;
    }

    private NameToken ancestor(int generation) {
        return generation < ancestors.size() ? ancestors.get(generation) : null;
    }

    private static double credit(NameToken a, NameToken b) {
        double similarity;
        if (a.key().equals(b.key())) {
            similarity = 1;
        } else if (a.sharesReadingWith(b)) {
            similarity = OTHER_READING;
        } else {
            similarity = 1 - (double) editDistance(a.key(), b.key()) / Math.max(a.key().length(), b.key().length());
        }
        return Math.max(0, (similarity - DIFFERENT) / (1 - DIFFERENT));
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @Override
    public String toString() {
        return String.join(" ", keys());
    }
}
