package org.mizan.evidence.boundary;

import org.mizan.platform.control.Text;

/**
 * A file name inside a sentence keeps its own direction — an Arabic name in an English sentence, a Latin
 * name in an Arabic one — between Unicode's first-strong isolate and its closing mark. Without them an
 * Arabic name at the start of an English message turns the whole line right to left.
 */
final class BidiText {

    private BidiText() {
    }

    static String isolated(String text) {
        return Text.isolated(text);
    }
}
