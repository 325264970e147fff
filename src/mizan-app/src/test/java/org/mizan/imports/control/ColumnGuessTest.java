package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnGuessTest {

    @Test
    void aHeaderThatIsAFieldsOwnNameMapsToThatFieldInEveryLanguageWhateverTheColumnOrder() {
        for (Locale language : Messages.SUPPORTED) {
            Messages messages = Messages.in(language);
            Map<String, ImportField> expected = new LinkedHashMap<>();
            for (ImportField field : ImportField.values()) {
                expected.put(messages.get("importField." + field.name()), field);
            }
            List<String> headers = new ArrayList<>(expected.keySet());
            Collections.shuffle(headers, new Random(7));
            assertEquals(expected, ColumnGuess.suggest(headers), language.toString());
        }
    }

    @Test
    void headersAsSpreadsheetsWriteThemInArabic() {
        assertEquals(Map.of("السرد", ImportField.NARRATIVE, "الاسم باللاتينية", ImportField.VICTIM_NAME_LATIN, "الاسم", ImportField.VICTIM_NAME,
                        "تاريخ الحادثه", ImportField.INCIDENT_DATE),
                ColumnGuess.suggest(List.of("الاسم", "السرد", "الاسم باللاتينية", "تاريخ الحادثه")));
    }
}
