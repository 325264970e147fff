package org.mizan.contacts.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskingTest {

    @Test
    void aPhoneKeepsItsLastFourDigits() {
        assertEquals("•••• 4567", Masking.phone("+964 770 123 4567"));
        assertEquals("•••• 4567", Masking.phone("0770-123-4567"));
        assertEquals(List.of("•••• 4567", "•••• 0001"), Masking.phones(List.of("07701234567", "+9647800000001")));
    }

    @Test
    void aShortNumberShowsNothing() {
        assertEquals("••••", Masking.phone("12345"));
        assertEquals("••••", Masking.phone(null));
    }

    @Test
    void textIsDotsOrNothing() {
        assertEquals("••••", Masking.text("حي الجهاد، بغداد"));
        assertNull(Masking.text(" "));
        assertNull(Masking.text(null));
        assertEquals(List.of("••••", "••••"), Masking.texts(List.of("Signal: @umm_ali", "Telegram: @x")));
    }

    @Test
    void aMaskSentBackIsRecognised() {
        assertTrue(Masking.looksMasked("•••• 4567"));
        assertFalse(Masking.looksMasked("+964 770 123 4567"));
        assertFalse(Masking.looksMasked(null));
    }
}
