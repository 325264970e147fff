package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusRefusalsTest {

    @Test
    void aJumpIsRefusedWithTheStepsPossibleAndTheWayInTheReadersLanguage() {
        assertEquals("A case cannot go from Intake to Documented in one step. From Intake it can go to: Verified, Closed. "
                + "The way to Documented: Intake → Verified → Documented.", text(StatusRefusals.jump(CaseStatus.INTAKE,
                CaseStatus.DOCUMENTED), Locale.ENGLISH));
        assertEquals("لا يمكن نقل القضية من «استلام» إلى «موثّقة» مباشرة. من «استلام» يمكن نقلها إلى: تم التحقق منها، مغلقة. "
                + "الطريق إلى «موثّقة»: استلام ← تم التحقق منها ← موثّقة.", text(StatusRefusals.jump(CaseStatus.INTAKE,
                CaseStatus.DOCUMENTED), Locale.forLanguageTag("ar")));
    }

    @Test
    void aNewCaseIsToldWhereItStarts() {
        assertEquals("A new case starts at Intake, not at Referred. From Intake it can go to: Verified, Closed. "
                + "The way to Referred: Intake → Verified → Documented → Referred.", text(StatusRefusals.start(CaseStatus.REFERRED),
                Locale.ENGLISH));
    }

    private static String text(InvalidInput refusal, Locale locale) {
        InvalidInput.FieldError error = refusal.errors().get(0);
        assertEquals("status", error.field());
        return Messages.in(locale).get(error.messageKey(), error.arguments());
    }
}
