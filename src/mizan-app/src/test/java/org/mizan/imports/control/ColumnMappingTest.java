package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.InvalidInput;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMappingTest {

    @Test
    void aFieldIsNamedByItsCodeInAnyCase() {
        assertEquals(ImportField.VICTIM_NAME, ColumnMapping.field("VICTIM_NAME"));
        assertEquals(ImportField.VICTIM_NAME, ColumnMapping.field("victim_name"));
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThereAre() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ColumnMapping.field("victim"));
        InvalidInput.FieldError error = refused.errors().get(0);
        assertEquals("mapping", error.field());
        String allowed = String.valueOf(error.arguments()[error.arguments().length - 1]);
        assertTrue(Arrays.stream(ImportField.values()).allMatch(f -> allowed.contains(f.name())), allowed);
    }
}
