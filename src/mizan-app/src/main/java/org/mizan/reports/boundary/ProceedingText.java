package org.mizan.reports.boundary;

import org.mizan.legal.entity.Stage;
import org.mizan.reports.entity.RedactedMeasure;
import org.mizan.reports.entity.RedactedProceeding;
import org.mizan.reports.entity.RedactedSource;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cell's text for a case's proceedings and sources, as the redaction shows them: "محكمة جنايات ذي قار 77/ج/2021
 * (Ahmed, Sara): WARRANT — 2021-02-03 ARREST_WARRANT → WARRANT", "[B] The brother's account https://…". Coded values stay
 * in their English machine form, as in {@link PartyText}; what the audience may not see is simply not there.
 */
final class ProceedingText {

    private ProceedingText() {
    }

    static String proceedings(List<RedactedProceeding> proceedings) {
        return proceedings.stream().map(ProceedingText::proceeding).collect(Collectors.joining(" | "));
    }

    /** "2020-03 DISMISSAL مجلس محافظة البصرة: The police chief dismissed https://…", each measure after the other. */
    static String measures(List<RedactedMeasure> measures) {
        return measures.stream().map(m -> join(" ", m.date().toString(), m.kind().name(),
                m.authority() == null ? null : m.authority() + (m.description() == null ? "" : ":"), m.description(), m.sourceUrl()))
                .collect(Collectors.joining("; "));
    }

    static String sources(List<RedactedSource> sources) {
        return sources.stream().map(s -> join(" ", "[" + s.reliability() + "]", s.description(), s.url())).collect(Collectors.joining("; "));
    }

    private static String proceeding(RedactedProceeding p) {
        String lawyers = p.lawyers().isEmpty() ? null : "(" + String.join(", ", p.lawyers()) + ")";
        String head = join(" ", p.court(), p.fileNumber(), p.investigativeJudge(), lawyers);
        String course = Stream.concat(Stream.of(stage(p.stage()) + (p.notes() == null ? "" : " \u2014 " + p.notes())),
                p.events().stream().map(ProceedingText::event)).collect(Collectors.joining("; "));
        return head == null ? course : head + ": " + course;
    }

    private static String event(RedactedProceeding.Event e) {
        String verdict = e.verdict() == null ? null : e.verdict().name() + (e.inAbsentia() ? " in absentia" : "");
        return join(" ", e.date().toString(), e.type().name(), verdict, e.charges(), e.sentence(), "\u2192 " + stage(e.after()),
                e.notes() == null ? null : "\u2014 " + e.notes());
    }

    private static String stage(Stage stage) {
        return stage.verdict() == null ? stage.phase().name() : stage.phase().name() + " " + stage.verdict().name();
    }

    private static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
