package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A field left empty is absent; what was typed loses only the white space around it. */
class TextTest {

    @Test
    void blankIsAbsent() {
        assertNull(Text.blankToNull(null));
        assertNull(Text.blankToNull(""));
        assertNull(Text.blankToNull(" \t\n"));
        assertNull(Text.blankToNull("\u2003"), "an em space typed on an Arabic keyboard is white space too");
    }

    @Test
    void typedTextLosesOnlyTheWhiteSpaceAroundIt() {
        assertEquals("عباس فاضل", Text.blankToNull("  عباس فاضل\n"));
        assertEquals("BG", Text.blankToNull("BG"));
    }
}
