package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.Occupation;
import org.mizan.platform.control.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A victim's occupations as the dossier and the WGEID submission print them: every one, joined in the edition's language. */
class OccupationLabelsTest {

    @Test
    void everyOccupationIsNamedJoinedAsTheLanguageJoinsAList() {
        for (String language : List.of("en", "ar", "ckb")) {
            Messages messages = Messages.in(Locale.forLanguageTag(language));
            assertEquals(messages.get("cases.occupation.JOURNALIST") + messages.get("list.separator") + messages.get("cases.occupation.PROTESTER"),
                    new ReportText(messages).labels("cases.occupation.", List.of(Occupation.JOURNALIST, Occupation.PROTESTER)), language);
        }
        assertEquals("Journalist, Protester",
                new ReportText(Messages.in(Locale.ENGLISH)).labels("cases.occupation.", List.of(Occupation.JOURNALIST, Occupation.PROTESTER)));
        assertNull(new ReportText(Messages.in(Locale.ENGLISH)).labels("cases.occupation.", List.of()), "none: the line is left out");
    }
}
