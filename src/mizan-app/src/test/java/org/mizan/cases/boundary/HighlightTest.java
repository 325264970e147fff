package org.mizan.cases.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The search passage becomes HTML with marks, and nothing else the narrative says becomes markup. */
class HighlightTest {

    @Test
    void matchedWordsAreMarked() {
        assertEquals("قتل في <mark>ساحة</mark> التحرير", Highlight.toHtml("قتل في \uE000ساحة\uE001 التحرير"));
    }

    @Test
    void narrativeTextIsEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>&quot;Tahrir&quot;</mark>",
                Highlight.toHtml("<script>alert('x')</script> & \uE000\"Tahrir\"\uE001"));
    }

    @Test
    void marksStayBalancedWhateverTheNarrativeQuotes() {
        assertEquals("\uE001 a <mark>b \uE000 c</mark>", Highlight.toHtml("\uE001 a \uE000b \uE000 c"));
        assertNull(Highlight.toHtml(null));
        assertNull(Highlight.toHtml("  "));
    }
}
