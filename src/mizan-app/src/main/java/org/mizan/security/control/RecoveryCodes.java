package org.mizan.security.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes for when the phone is gone: ten of them, each 16 characters of Crockford's Base32
 * (80 random bits, no letters that read alike), written in groups of four. Stored like bearer secrets
 * ({@link SecretTokens#hash}): too random to guess, so a fast hash is enough.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 16;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % GROUP == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** What is stored for a code, however it was typed (case, dashes, spaces, O for 0, I or L for 1). */
    public static String hash(String typed) {
        return SecretTokens.hash(normalise(typed));
    }

    static String normalise(String typed) {
        String plain = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return plain.replace('o', '0').replace('i', '1').replace('l', '1');
    }

    /** Whether what was typed could be a recovery code at all (length and alphabet). */
    public static boolean looksLikeCode(String typed) {
        String plain = normalise(typed);
        return plain.length() == LENGTH && plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
