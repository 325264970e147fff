package org.mizan.platform.control;

/**
 * The one rule for characters no text field may hold: NUL (PostgreSQL cannot store it in text) and the
 * other control characters, which no one types and which serve only to break parsers, logs and exports.
 * Tab, line feed and carriage return are text (a narrative has paragraphs).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean contains(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
