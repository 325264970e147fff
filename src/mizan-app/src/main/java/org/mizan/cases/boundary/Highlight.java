package org.mizan.cases.boundary;

/**
 * Turns a search passage with the matched words between « and » into HTML: everything is escaped,
 * and only balanced {@code <mark>} elements are added. A narrative that itself quotes with « » cannot
 * inject markup; at worst a quotation is marked.
 */
final class Highlight {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private Highlight() {
    }

    static String toHtml(String passage) {
        if (passage == null || passage.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder(passage.length() + 32);
        boolean open = false;
        for (int i = 0; i < passage.length(); i++) {
            char ch = passage.charAt(i);
            if (ch == START && !open) {
                html.append("<mark>");
                open = true;
            } else if (ch == STOP && open) {
                html.append("</mark>");
                open = false;
            } else {
                escape(ch, html);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    private static void escape(char ch, StringBuilder html) {
        switch (ch) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(ch);
        }
    }
}
