package org.mizan.audit.boundary;

import org.junit.jupiter.api.Test;
import org.mizan.audit.entity.AuditDetails;
import org.mizan.platform.control.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Audit details become a sentence in the reader's language, with each value that may mix scripts isolated. */
class AuditSentencesTest {

    private static final AuditSentences ENGLISH = new AuditSentences(Messages.in(Locale.ENGLISH));
    private static final AuditSentences ARABIC = new AuditSentences(Messages.in(Locale.forLanguageTag("ar")));
    private static final AuditSentences KURDISH = new AuditSentences(Messages.in(Messages.KURDISH));

    @Test
    void aCaseReadNamesTheCaseByItsReferenceKeptInItsOwnOrder() {
        assertEquals("فُتحت القضية \u20681234/ج/2020\u2069.", ARABIC.of("CASE_READ", "SUCCESS", "case:1234/ج/2020", null));
        assertEquals("Opened case \u2068BGD-2024-0001\u2069.", ENGLISH.of("CASE_READ", "SUCCESS", "case:BGD-2024-0001", null));
    }

    @Test
    void aCaseUpdateListsTheChangedFieldsByTheirLabels() {
        String details = AuditDetails.of("fields", "narrative,governorate");
        String arabic = ARABIC.of("CASE_UPDATE", "SUCCESS", "case:BGD-1", details);
        assertEquals("تغيّر في القضية \u2068BGD-1\u2069: \u2068" + Messages.in(Locale.forLanguageTag("ar")).get("cases.field.narrative")
                + "، " + Messages.in(Locale.forLanguageTag("ar")).get("cases.field.governorate") + "\u2069.", arabic);
        assertEquals("Case \u2068BGD-1\u2069 not changed: someone else saved it first (the user had version 7).",
                ENGLISH.of("CASE_UPDATE", "FAILURE", "case:BGD-1", AuditDetails.of("reason", "stale", "version", 7)));
    }

    @Test
    void signInsSayWhyInEachLanguage() {
        assertEquals("Wrong password.", ENGLISH.of("LOGIN", "FAILURE", "ui", AuditDetails.of("reason", "wrong_password")));
        assertEquals("كلمة مرور خاطئة.", ARABIC.of("LOGIN", "FAILURE", "ui", AuditDetails.of("reason", "wrong_password")));
        assertEquals("Signed in with the password and a recovery code.",
                ENGLISH.of("LOGIN", "SUCCESS", "api", AuditDetails.of("factor", "recovery_code")));
        assertEquals("دخل بكلمة المرور.", ARABIC.of("LOGIN", "SUCCESS", "ui", null));
        assertEquals("Too many failed attempts: sign-ins wait 30 s.",
                ENGLISH.of("LOGIN", "DENIED", "ui", AuditDetails.of("reason", "throttled", "wait", 30)));
    }

    @Test
    void quantitiesTakeTheLanguagesPluralsAndCodesTheirLabels() {
        String intake = AuditDetails.of("sha256", "ab12", "size", 2);
        assertEquals("استُلم الدليل 12: بايتان، SHA-256 ab12.", ARABIC.of("EVIDENCE_INTAKE", "SUCCESS", "evidence:12", intake));
        String report = AuditDetails.of("kind", "DOSSIER", "audience", "LEGAL", "lang", "ar", "pages", 1, "sha256", "ff");
        assertEquals("Issued \u2068Case dossier\u2069 \u2068r-1\u2069 for the audience \u2068Legal (lawyers and courts)\u2069, in "
                + "\u2068العربية\u2069: 1 page, SHA-256 ff.", ENGLISH.of("REPORT_ISSUED", "SUCCESS", "report:r-1", report));
    }

    @Test
    void aRevealWithoutAReasonSaysSoAndAnArabicReasonKeepsItsOrderInEnglish() {
        assertEquals("Revealed the details of contact 9 (risk: \u2068High\u2069). Reason given: none given.",
                ENGLISH.of("CONTACT_REVEAL", "SUCCESS", "contact:9", AuditDetails.of("risk", "HIGH")));
        assertEquals("Revealed the details of contact 9 (risk: \u2068Low\u2069). Reason given: \u2068جلسة 12/3\u2069.",
                ENGLISH.of("CONTACT_REVEAL", "SUCCESS", "contact:9", AuditDetails.of("risk", "LOW", "reason", "جلسة 12/3")));
    }

    @Test
    void oldFreeTextStaysAsItWasAndActionsWithoutASentenceListTheirFacts() {
        assertEquals("stale version 3", ARABIC.of("CASE_UPDATE", "FAILURE", "case:X", "stale version 3"));
        assertEquals("[violationType=null, q=x]", KURDISH.of("CASE_LIST", "SUCCESS", "cases", "[violationType=null, q=x]"));
        assertEquals("note: \u2068derived copy: item 4\u2069", ARABIC.of("EVIDENCE_DERIVATION", "SUCCESS", "evidence:3",
                AuditDetails.of("note", "derived copy: item 4")));
        assertEquals("", ENGLISH.of("LOGOUT", "SUCCESS", "ui", null));
    }
}
