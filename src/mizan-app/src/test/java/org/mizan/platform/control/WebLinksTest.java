package org.mizan.platform.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "http://example.org", "HTTPS://Example.org/a?b=c#d",
            "https://ar.wikipedia.org/wiki/%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84", "http://[::1]:8080/x"})
    void webAddressesAreLinks(String address) {
        assertTrue(WebLinks.isWebLink(address), address);
        WebLinks.require("url", address, "key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org/x", "//evil.example/x", "http://", "https:///path",
            "example.org", "http://exa mple.org", "http://example.org/\nSet-Cookie:x", "java\tscript:alert(1)",
            "https://example.org/\u202Egpj.exe", "http:alert(1)", "\u0000javascript:alert(1)"})
    void anythingElseIsNot(String address) {
        assertFalse(WebLinks.isWebLink(address), address);
        assertThrows(InvalidInput.class, () -> WebLinks.require("url", address, "key"));
    }

    @ParameterizedTest
    @ValueSource(ints = {WebLinks.MAX_LENGTH + 1, 100_000})
    void aVeryLongAddressIsRefused(int length) {
        String address = "https://example.org/" + "a".repeat(length - 20);
        assertFalse(WebLinks.isWebLink(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankMeansNoAddress(String address) {
        WebLinks.require("url", address, "key");
        WebLinks.require("url", null, "key");
    }
}
