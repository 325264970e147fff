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
 * {@code java -jar mizan-verify.jar [--lang en|ar|ckb|all] [--fingerprint AB:CD:…] package.zip | report.pdf}: checks an evidence
 * package, or a report Mizan issued (a {@code .pdf}: {@link ReportCheck}), and prints what is intact and what is missing or
 * changed, in English, Arabic, Kurdish or all three (the default). Exit code 0 only when everything is intact and
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
        String fingerprint = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fingerprint") && i + 1 < args.length) {
                fingerprint = args[++i];
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                // "both" is what the first version called all of them
                languages = lang.equals("all") || lang.equals("both") ? languages : List.of(Locale.forLanguageTag(lang));
            } else {
                path = Path.of(args[i]);
            }
        }
        if (path == null || !Files.exists(path)) {
            out.println("Usage: java -jar mizan-verify.jar [--lang en|ar|ckb|all] [--fingerprint AB:CD:…] package.zip | report.pdf");
            return UNREADABLE;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return runReport(path, fingerprint, languages, out);
        }
        Verdict verdict;
        try {
            verdict = Bags.verify(path, fingerprint);
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

    private static int runReport(Path path, String fingerprint, List<Locale> languages, PrintStream out) {
        ReportVerdict verdict;
        try {
            verdict = ReportCheck.verify(path, fingerprint);
        } catch (IOException | RuntimeException e) {
            for (Locale language : languages) {
                out.println(text(language, "report.unreadable", path, e.getMessage()));
            }
            return UNREADABLE;
        }
        for (Locale language : languages) {
            report(verdict, language).forEach(out::println);
            out.println();
        }
        return verdict.intact() ? INTACT : NOT_INTACT;
    }

    /** A report's check in one language. */
    public static List<String> report(ReportVerdict verdict, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(text(language, "report.title", verdict.file()));
        for (String field : List.of("reportId", "kind", "audience", "language", "issuedAt")) {
            String value = verdict.manifest().get(field);
            if (value != null) {
                lines.add("  " + text(language, "report.manifest." + field) + ": " + value);
            }
        }
        certificate("report.certificate", verdict.fingerprint(), verdict.subject(), verdict.selfSigned(), language, lines);
        lines.add(verdict.signatureValid() ? text(language, "report.signature.valid", verdict.signedAt())
                : text(language, "report.signature.invalid"));
        for (Finding finding : verdict.findings()) {
            lines.add("  " + text(language, "problem." + finding.problem().name(), finding.path()));
        }
        lines.add(verdict.intact() ? text(language, "report.verdict.intact") : text(language, "verdict.notIntact", verdict.findings().size()));
        return lines;
    }

    private static void certificate(String key, String fingerprint, String subject, boolean selfSigned, Locale language, List<String> lines) {
        if (fingerprint != null) {
            lines.add(text(language, key, subject));
            lines.add(text(language, "fingerprint", fingerprint));
            lines.add(text(language, selfSigned ? "selfSigned" : "issued"));
        }
    }

    /** The package's lines in one language. */
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
        certificate("certificate", verdict.fingerprint(), verdict.subject(), verdict.selfSigned(), language, lines);
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
