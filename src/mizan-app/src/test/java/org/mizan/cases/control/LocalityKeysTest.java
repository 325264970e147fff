package org.mizan.cases.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalityKeysTest {

    @Test
    void aLocalityIsFoundByItsUsualSpellingsInEitherScript() {
        for (String asked : new String[]{"Nasiriyah", "Nasiriya", "al-Nasiriyah", "الناصرية", "الناصريه"}) {
            assertTrue(LocalityKeys.matches("الناصرية", asked), asked);
            assertTrue(LocalityKeys.matches("Nasiriyah", asked), asked);
        }
        assertTrue(LocalityKeys.matches("العمارة", "Amarah"));
        assertTrue(LocalityKeys.matches("ساحة التحرير", "Tahrir"), "one word of the place");
        assertFalse(LocalityKeys.matches("ساحة التحرير", "Tahrir Nasiriyah"), "every word asked for");
        assertFalse(LocalityKeys.matches("العمارة", "Nasiriyah"));
    }

    @Test
    void nothingToKeyIsNoLocalityCondition() {
        assertNull(LocalityKeys.of(null));
        assertNull(LocalityKeys.of("  "));
        assertEquals(Optional.empty(), LocalityKeys.condition("2019"));
    }

    @Test
    void aReferenceIsReadWithOrWithoutItsPrefixInAnyCaseAndAYearAloneIsNone() {
        assertEquals(Optional.of("MZN-2020-0010"), CaseReferences.searched("MZN-2020-0010"));
        assertEquals(Optional.of("MZN-2020-0010"), CaseReferences.searched(" mzn-2020-0010 "));
        assertEquals(Optional.of("MZN-2020-0010"), CaseReferences.searched("2020-0010"));
        assertEquals(Optional.of("MZN-2020-00"), CaseReferences.searched("MZN-2020-00"));
        assertEquals(Optional.of("MZN"), CaseReferences.searched("mzn"));
        assertEquals(Optional.empty(), CaseReferences.searched("2020"));
        assertEquals(Optional.empty(), CaseReferences.searched("Mazin"));
        assertEquals(Optional.empty(), CaseReferences.searched("MZN-2020-0010 Mazin"));
    }
}
