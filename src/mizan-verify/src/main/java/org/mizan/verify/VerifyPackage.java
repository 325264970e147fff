package org.mizan.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code java -jar mizan-verify.jar [--lang en|ar|ckb|all] package.zip}: checks an evidence package and prints what is intact
 * and what is missing or changed, in English, Arabic or both (the default). Exit code 0 only when everything is intact and
 * the signature is valid; 1 when something is not; 2 when the package cannot be read at all.
 */
public final class VerifyPackage {

    public static final int INTACT = 0;
    public static final int NOT_INTACT = 1;
    public static final int UNREADABLE = 2;

    private VerifyPackage() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /** The command without exiting: the exit code. */
    public static int run(String[] args, PrintStream out) {
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("ckb"));
        Path path = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                // "both" is what the first version called all of them
                languages = lang.equals("all") || lang.equals("both") ? languages : List.of(Locale.forLanguageTag(lang));
            } else {
                path = Path.of(args[i]);
            }
        }
        if (path == null || !Files.exists(path)) {
            out.println("Usage: java -jar mizan-verify.jar [--lang en|ar|ckb|all] package.zip");
            return UNREADABLE;
        }
        Verdict verdict;
        try {
            verdict = Bags.verify(path);
        } catch (IOException | RuntimeException e) {
            for (Locale language : languages) {
                out.println(text(language, "unreadable", path, e.getMessage()));
            }
            return UNREADABLE;
        }
        for (Locale language : languages) {
            report(verdict, language).forEach(out::println);
            out.println();
        }
        return verdict.intact() ? INTACT : NOT_INTACT;
    }

    /** The report's lines in one language. */
    public static List<String> report(Verdict verdict, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(text(language, "title", verdict.bag()));
        for (String label : List.of("Source-Organization", "Mizan-Case", "Mizan-Made-By", "Mizan-Made-At", "Mizan-Recipient",
                "Mizan-Purpose", "Mizan-Audience")) {
            String value = verdict.bagInfo().get(label);
            if (value != null) {
                lines.add("  " + text(language, "info." + label) + ": " + value);
            }
        }
        if (verdict.fingerprint() != null) {
            lines.add(text(language, "certificate", verdict.subject()));
            lines.add(text(language, "fingerprint", verdict.fingerprint()));
            lines.add(text(language, verdict.selfSigned() ? "selfSigned" : "issued"));
        }
        lines.add(text(language, verdict.signatureValid() ? "signature.valid" : "signature.invalid"));
        lines.add(text(language, "counts", verdict.payloadFiles(), verdict.tagFiles()));
        for (Finding finding : verdict.findings()) {
            lines.add("  " + text(language, "problem." + finding.problem().name(), finding.path()));
        }
        lines.add(verdict.intact() ? text(language, "verdict.intact") : text(language, "verdict.notIntact", verdict.findings().size()));
        return lines;
    }

    private static String text(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.mizan.verify.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // Western digits in every language, as Mizan writes numbers everywhere
        Locale digits = new Locale.Builder().setLocale(language).setUnicodeLocaleKeyword("nu", "latn").build();
        return new MessageFormat(bundle.getString(key), digits).format(arguments);
    }
}
